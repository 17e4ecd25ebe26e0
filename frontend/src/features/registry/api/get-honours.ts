import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { HonourPage } from '@/types/api';

import { honourKeys } from './keys';

/** The honour list's filters, as the API names them. */
export type HonourFilter = {
  workerId?: number;
  enterpriseId?: number;
  year?: number;
  kind?: 'INDIVIDUAL' | 'COLLECTIVE';
};

export type HonourListQuery = HonourFilter & { page: number; size: number };

/** `GET /api/v1/honours`: one page, filtered on the server. */
export const getHonoursQueryOptions = (query: HonourListQuery) =>
  queryOptions({
    queryKey: honourKeys.list(query),
    queryFn: ({ signal }) => api.get<HonourPage>('/api/v1/honours', { params: query, signal }),
    placeholderData: keepPreviousData,
  });
export const useHonours = (query: HonourListQuery) => useQuery(getHonoursQueryOptions(query));
