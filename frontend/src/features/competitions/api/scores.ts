import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { ScoreSheet } from '../types';

const key = (id: number, judgeId?: number) => ['competitions', 'detail', id, 'scores', judgeId ?? 'all'] as const;

/** `GET /api/v1/competitions/{id}/scores?judgeId=`: the sheets the caller may see (a judge: their own). */
export const useScoreSheets = (id: number, judgeId: number | undefined, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: key(id, judgeId),
    queryFn: ({ signal }) => api.get<ScoreSheet[]>(`/api/v1/competitions/${id}/scores`, { params: { judgeId }, signal }),
    enabled,
  });

/** `PUT /api/v1/competitions/{id}/scores/{judgeId}/{participantId}`: idempotent upsert of the given marks. */
export const useSaveScore = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ judgeId, participantId, itemId, value }: { judgeId: number; participantId: number; itemId: number; value: number }) =>
      api.put<ScoreSheet>(`/api/v1/competitions/${id}/scores/${judgeId}/${participantId}`, { scores: [{ itemId, value }] }),
    // the ranking moves with every mark; the sheets query is updated in place by the sheet itself
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['competitions', 'detail', id, 'ranking'] }),
  });
};
