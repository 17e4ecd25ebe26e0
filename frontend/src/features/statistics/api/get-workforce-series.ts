import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/query-client';
import type { StatisticsSeries } from '@/types/api';

import { workforceKeys } from './keys';

/** The breakdowns a workforce series can be asked for. */
export const seriesDimensions = ['total', 'gender', 'education', 'skillTier', 'ageBand', 'wageBand', 'industry'] as const;
export type SeriesDimension = (typeof seriesDimensions)[number];

/** `GET /api/v1/statistics/workforce/series`: one point per month end (the last twelve by default), under the disclosure control. */
export const getWorkforceSeries = (by: SeriesDimension, { signal }: { signal?: AbortSignal } = {}) =>
  api.get<StatisticsSeries>(`/api/v1/statistics/workforce/series?by=${by}`, { signal });

export const getWorkforceSeriesQueryOptions = (by: SeriesDimension) =>
  queryOptions({
    queryKey: workforceKeys.series(by),
    queryFn: ({ signal }) => getWorkforceSeries(by, { signal }),
  });

type Options = { by: SeriesDimension; queryConfig?: QueryConfig<typeof getWorkforceSeriesQueryOptions> };

export const useWorkforceSeries = ({ by, queryConfig }: Options) => useQuery({ ...getWorkforceSeriesQueryOptions(by), ...queryConfig });
