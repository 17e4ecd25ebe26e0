import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { CompetitionResult, CompetitionResultRequest } from '../types';

const key = (id: number) => ['competitions', 'detail', id, 'results'] as const;

/** `GET /api/v1/competitions/{id}/results`: the results the enterprises reported, by participant. */
export const useResults = (id: number) =>
  useQuery({ queryKey: key(id), queryFn: ({ signal }) => api.get<CompetitionResult[]>(`/api/v1/competitions/${id}/results`, { signal }) });

/** `POST /api/v1/competitions/{id}/results`: the organiser records one result, before publication (then 409). */
export const useReportResult = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: CompetitionResultRequest) => api.post<CompetitionResult>(`/api/v1/competitions/${id}/results`, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: key(id) }),
  });
};
