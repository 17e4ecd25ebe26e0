import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { ScoreSheet } from '../types';

import { competitionKeys } from './keys';

const key = (id: number, judgeId?: number) => ['competitions', 'detail', id, 'scores', judgeId ?? 'all'] as const;

/** `GET /api/v1/competitions/{id}/scores?judgeId=`: the sheets the caller may see (a judge: their own). */
export const useScoreSheets = (id: number, judgeId: number | undefined, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: key(id, judgeId),
    queryFn: ({ signal }) => api.get<ScoreSheet[]>(`/api/v1/competitions/${id}/scores`, { params: { judgeId }, signal }),
    enabled,
  });

/**
 * `PUT /api/v1/competitions/{id}/scores/{judgeId}/{participantId}`: upsert of one mark with the version read (0 while unmarked);
 * a mark someone else changed meanwhile is 409, the same mark sent again is no conflict.
 */
export const useSaveScore = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ judgeId, participantId, itemId, value, version }: { judgeId: number; participantId: number; itemId: number; value: number; version: number }) =>
      api.put<ScoreSheet>(`/api/v1/competitions/${id}/scores/${judgeId}/${participantId}`, { scores: [{ itemId, value, version }] }),
    // the ranking moves with every mark; the sheets query is updated in place by the sheet itself
    onSuccess: () => queryClient.invalidateQueries({ queryKey: competitionKeys.ranking(id) }),
  });
};
