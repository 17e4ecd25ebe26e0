import { useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { HistoryEntry } from '../types';

import { competitionKeys } from './keys';

/** `GET /api/v1/competitions/{id}/history`: who changed the rules or moved the stage, when (Envers). */
export const useCompetitionHistory = (id: number) =>
  useQuery({
    queryKey: competitionKeys.history(id),
    queryFn: ({ signal }) => api.get<HistoryEntry[]>(`/api/v1/competitions/${id}/history`, { signal }),
  });
