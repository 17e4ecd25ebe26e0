import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { Objection, ObjectionRequest, ObjectionResolution } from '../types';

import { competitionKeys } from './keys';

const key = (id: number) => ['competitions', 'detail', id, 'objections'] as const;

/** `GET /api/v1/competitions/{id}/objections`. */
export const useObjections = (id: number) =>
  useQuery({ queryKey: key(id), queryFn: ({ signal }) => api.get<Objection[]>(`/api/v1/competitions/${id}/objections`, { signal }) });

/** `POST /api/v1/competitions/{id}/objections`: only during the publication period. */
export const useRecordObjection = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: ObjectionRequest) => api.post<Objection>(`/api/v1/competitions/${id}/objections`, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(id) }),
  });
};

/** `POST /api/v1/competitions/{id}/objections/{oid}/resolve`: upheld withdraws the award it names. */
export const useResolveObjection = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ objectionId, request }: { objectionId: number; request: ObjectionResolution }) =>
      api.post<Objection>(`/api/v1/competitions/${id}/objections/${objectionId}/resolve`, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: competitionKeys.detail(id) }),
  });
};
