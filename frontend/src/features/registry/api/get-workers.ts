import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { WorkerPage } from '@/types/api';

import { workerKeys } from './keys';

/** The worker list's filters, as the API names them. */
export type WorkerFilter = {
  q?: string;
  industry?: string;
  enterpriseId?: number;
  skillLevel?: string;
  education?: string;
  gender?: string;
  ageBand?: string;
  wageBand?: string;
  migrant?: boolean;
  partyMember?: boolean;
};

export type WorkerListQuery = WorkerFilter & { page: number; size: number };

/** `GET /api/v1/workers`: one page, filtered on the server. */
export const getWorkers = (query: WorkerListQuery, { signal }: { signal?: AbortSignal } = {}) =>
  api.get<WorkerPage>('/api/v1/workers', { params: query, signal });

export const getWorkersQueryOptions = (query: WorkerListQuery) =>
  queryOptions({
    queryKey: workerKeys.list(query),
    queryFn: ({ signal }) => getWorkers(query, { signal }),
    placeholderData: keepPreviousData,
  });

export const useWorkers = (query: WorkerListQuery, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...getWorkersQueryOptions(query), enabled });

/** `GET /api/v1/workers/export`: the same filters as a CSV or XLSX download. */
export const exportWorkers = (filter: WorkerFilter, format: 'csv' | 'xlsx') =>
  api.download('/api/v1/workers/export', { ...filter, format });
