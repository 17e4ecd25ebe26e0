import { useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { Award, Ranking } from '../types';

import { competitionKeys } from './keys';

/** `GET /api/v1/competitions/{id}/ranking`: live from the sheets, with the tie rule. */
export const useRanking = (id: number) =>
  useQuery({
    queryKey: competitionKeys.ranking(id),
    queryFn: ({ signal }) => api.get<Ranking>(`/api/v1/competitions/${id}/ranking`, { signal }),
  });

/** `GET /api/v1/competitions/{id}/awards`: fixed at publication; after closing with the honour written. */
export const useAwards = (id: number, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: competitionKeys.awards(id),
    queryFn: ({ signal }) => api.get<Award[]>(`/api/v1/competitions/${id}/awards`, { signal }),
    enabled,
  });
