import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { SupervisionNotice } from '../types';

import { notificationKeys, taskKeys } from './keys';

/** `GET /api/v1/tasks/{id}/supervision-notices`: notices with their answers. */
export const useSupervisionNotices = (taskId: number) =>
  useQuery({
    queryKey: taskKeys.notices(taskId),
    queryFn: ({ signal }) => api.get<SupervisionNotice[]>(`/api/v1/tasks/${taskId}/supervision-notices`, { signal }),
  });

/** `POST /api/v1/tasks/{id}/supervision-notices` (the lead unit). */
export const useIssueNotice = (taskId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: { text: string; dueDate?: string }) =>
      api.post<SupervisionNotice>(`/api/v1/tasks/${taskId}/supervision-notices`, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: taskKeys.all }),
  });
};

/** `POST .../supervision-notices/{noticeId}/acknowledge` (an assigned department, once), with the notice's version as read. */
export const useAcknowledgeNotice = (taskId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ noticeId, answer, version }: { noticeId: number; answer: string; version: number }) =>
      api.post<SupervisionNotice>(`/api/v1/tasks/${taskId}/supervision-notices/${noticeId}/acknowledge`, { answer, version }),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: taskKeys.all }),
        queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
      ]),
  });
};
