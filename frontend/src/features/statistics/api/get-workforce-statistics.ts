import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/query-client';
import type { WorkforceStatistics } from '@/types/api';

import { workforceKeys } from './keys';

/** Filters of the workforce profile; all optional. */
export type WorkforceFilter = {
  industry?: string;
  inDevZone?: boolean;
};

const toQuery = (filter: WorkforceFilter) => {
  const params = new URLSearchParams();
  if (filter.industry) params.set('industry', filter.industry);
  if (filter.inDevZone !== undefined) params.set('inDevZone', String(filter.inDevZone));
  const query = params.toString();
  return query ? `?${query}` : '';
};

/** `GET /api/v1/statistics/workforce`: computed in the database; analysts get small counts suppressed. */
export const getWorkforceStatistics = (filter: WorkforceFilter, { signal }: { signal?: AbortSignal } = {}) =>
  api.get<WorkforceStatistics>(`/api/v1/statistics/workforce${toQuery(filter)}`, { signal });

export const getWorkforceStatisticsQueryOptions = (filter: WorkforceFilter) =>
  queryOptions({
    queryKey: workforceKeys.workforce(filter),
    queryFn: ({ signal }) => getWorkforceStatistics(filter, { signal }),
  });

type Options = { filter: WorkforceFilter; queryConfig?: QueryConfig<typeof getWorkforceStatisticsQueryOptions> };

export const useWorkforceStatistics = ({ filter, queryConfig }: Options) =>
  useQuery({ ...getWorkforceStatisticsQueryOptions(filter), ...queryConfig });
