import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { CompetitionPage } from '../types';

import { competitionKeys } from './keys';

export type CompetitionFilter = { kind?: string; field?: string; year?: number; department?: string; stage?: string };
export type CompetitionListQuery = CompetitionFilter & { page: number; size: number; sort?: string };

/** `GET /api/v1/competitions`: one page within the caller's scope. */
export const getCompetitionsQueryOptions = (query: CompetitionListQuery) =>
  queryOptions({
    queryKey: competitionKeys.list(query),
    queryFn: ({ signal }) => api.get<CompetitionPage>('/api/v1/competitions', { params: query, signal }),
    placeholderData: keepPreviousData,
  });

export const useCompetitions = (query: CompetitionListQuery) => useQuery(getCompetitionsQueryOptions(query));
