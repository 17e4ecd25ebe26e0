import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { Competition } from '../types';

import { competitionKeys } from './keys';

/** `GET /api/v1/competitions/{id}`: one competition with its rules, stage and scoring items. */
export const getCompetitionQueryOptions = (id: number) =>
  queryOptions({
    queryKey: competitionKeys.detail(id),
    queryFn: ({ signal }) => api.get<Competition>(`/api/v1/competitions/${id}`, { signal }),
  });

export const useCompetition = (id: number) => useQuery(getCompetitionQueryOptions(id));
