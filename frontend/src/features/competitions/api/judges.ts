import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { Judge, JudgeRequest } from '../types';

const key = (id: number) => ['competitions', 'detail', id, 'judges'] as const;

/** `GET /api/v1/competitions/{id}/judges`. */
export const useJudges = (id: number) =>
  useQuery({ queryKey: key(id), queryFn: ({ signal }) => api.get<Judge[]>(`/api/v1/competitions/${id}/judges`, { signal }) });

/** `POST /api/v1/competitions/{id}/judges`: before scoring starts (then 409, locked). */
export const useAddJudge = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: JudgeRequest) => api.post<Judge>(`/api/v1/competitions/${id}/judges`, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(id) }),
  });
};

/** `DELETE /api/v1/competitions/{id}/judges/{judgeId}?version=`: before scoring starts, with the judge's version as read. */
export const useRemoveJudge = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ judgeId, version }: { judgeId: number; version: number }) =>
      api.delete(`/api/v1/competitions/${id}/judges/${judgeId}`, { params: { version } }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(id) }),
  });
};
