/**
 * `GET /api/v1/workers/lookup`: how every department and system finds a person (registry scope by
 * minimum necessity). A name of two characters or more within one enterprise; the answer is the
 * minimum a picker needs (name, masked ID number, employer, skill level, migrant flag, age band),
 * and every use is logged by the API. Shared by the pickers of subsidies (trainees) and
 * competitions (entrants), which may not import each other.
 */
import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { WorkerLookupPage } from '@/types/api';

export type WorkerLookupQuery = { name: string; enterpriseId?: number };

/** The API's rule, checked before asking: two characters of the name and the enterprise. */
export const canLookUp = ({ name, enterpriseId }: WorkerLookupQuery) => [...name.trim()].length >= 2 && enterpriseId !== undefined;

export const lookupWorkers = ({ name, enterpriseId }: WorkerLookupQuery, { signal }: { signal?: AbortSignal } = {}) =>
  api.get<WorkerLookupPage>('/api/v1/workers/lookup', { params: { name: name.trim(), enterpriseId, page: 0, size: 20 }, signal });

export const workerLookupQueryOptions = (query: WorkerLookupQuery) =>
  queryOptions({
    queryKey: ['workers', 'lookup', query.enterpriseId ?? null, query.name.trim()],
    queryFn: ({ signal }) => lookupWorkers(query, { signal }),
  });

/** Asks only when the query satisfies the rule (and the picker is open). */
export const useWorkerLookup = (query: WorkerLookupQuery, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...workerLookupQueryOptions(query), enabled: enabled && canLookUp(query) });
