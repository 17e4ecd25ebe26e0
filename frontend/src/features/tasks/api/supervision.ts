import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { ExtensionRequest, Task, TaskAssessment } from '../types';

import { notificationKeys, taskKeys } from './keys';

const useInvalidateTasks = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: taskKeys.all }),
      queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
    ]);
};

/** `GET /api/v1/tasks/{id}/extension-requests`: the task's extension requests (延期申请), newest first. */
export const useExtensionRequests = (taskId: number) =>
  useQuery({
    queryKey: taskKeys.extensions(taskId),
    queryFn: ({ signal }) => api.get<ExtensionRequest[]>(`/api/v1/tasks/${taskId}/extension-requests`, { signal }),
  });

/** `POST /api/v1/tasks/{id}/extension-requests` (an assigned department; one pending per task). */
export const useRequestExtension = (taskId: number) => {
  const invalidate = useInvalidateTasks();
  return useMutation({
    mutationFn: (request: { reason: string; requestedDeadline: string }) =>
      api.post<ExtensionRequest>(`/api/v1/tasks/${taskId}/extension-requests`, request),
    onSuccess: invalidate,
  });
};

/** `POST .../extension-requests/{requestId}/approve` or `/refuse` (the lead unit), with the request's version as read. */
export const useDecideExtension = (taskId: number) => {
  const invalidate = useInvalidateTasks();
  return useMutation({
    mutationFn: ({ id, action, reason, version }: { id: number; action: 'approve' | 'refuse'; reason?: string; version: number }) =>
      api.post<ExtensionRequest>(`/api/v1/tasks/${taskId}/extension-requests/${id}/${action}`, { reason, version }),
    onSuccess: invalidate,
  });
};

/** `POST /api/v1/tasks/{id}/sign-off` or `/send-back` (the lead unit, 验收), with the task's version as read. */
export const useSignOff = () => {
  const invalidate = useInvalidateTasks();
  return useMutation({
    mutationFn: ({ id, action, reason, version }: { id: number; action: 'sign-off' | 'send-back'; reason?: string; version: number }) =>
      api.post<Task>(`/api/v1/tasks/${id}/${action}`, { reason, version }),
    onSuccess: invalidate,
  });
};

/** `GET /api/v1/tasks/assessment?year=`: the annual assessment (考核), ranked; a department gets its own row. */
export const useTaskAssessment = (year: number) =>
  useQuery({
    queryKey: taskKeys.assessment(year),
    queryFn: ({ signal }) => api.get<TaskAssessment>('/api/v1/tasks/assessment', { params: { year }, signal }),
    placeholderData: keepPreviousData,
  });

/** The same assessment as CSV (`Accept: text/csv`), saved by the browser. */
export const downloadAssessment = (year: number) => api.download('/api/v1/tasks/assessment', { year }, 'text/csv');
