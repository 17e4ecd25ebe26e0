/**
 * The lookups every feature needs, in one place: who I am, the departments, the industries, and
 * the two ways to find a registry record (enterprise search; worker search or the minimal
 * worker lookup). Each is a `queryOptions` factory, so a key is written once and every feature
 * shares the cache entry (TanStack Query's `queryOptions`, as bulletproof-react does).
 */
import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { DepartmentPage, EnterprisePage, Industry, WorkerPage } from '@/types/api';

export { getMeQueryOptions, useMe } from '@/lib/auth/me';
export { canLookUp, useWorkerLookup, workerLookupQueryOptions, type WorkerLookupQuery } from '@/lib/worker-lookup';

/** `GET /api/v1/departments`: the member departments in display order, lead unit flagged. */
export const departmentsQueryOptions = () =>
  queryOptions({
    queryKey: ['departments'],
    queryFn: ({ signal }) => api.get<DepartmentPage>('/api/v1/departments', { signal }),
    staleTime: 10 * 60_000,
  });
export const useDepartments = () => useQuery(departmentsQueryOptions());

/** `GET /api/v1/industries`: the industries of the review (reference data). */
export const industriesQueryOptions = () =>
  queryOptions({
    queryKey: ['industries'],
    queryFn: ({ signal }) => api.get<Industry[]>('/api/v1/industries', { signal }),
    staleTime: 60 * 60_000,
  });
export const useIndustries = () => useQuery(industriesQueryOptions());

/** `GET /api/v1/enterprises?q=`: the first 20 enterprises by name or credit code, scoped by the API. */
export const enterpriseSearchQueryOptions = (q: string) =>
  queryOptions({
    queryKey: ['enterprises', 'list', { q: q || undefined, page: 0, size: 20 }],
    queryFn: ({ signal }) => api.get<EnterprisePage>('/api/v1/enterprises', { params: { q: q || undefined, page: 0, size: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
export const useEnterpriseSearch = (q: string, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...enterpriseSearchQueryOptions(q), enabled });

/**
 * `GET /api/v1/workers?q=`: the registry's own search (name or ID number), for those who keep the
 * registry; everyone else finds people through the minimal lookup (`useWorkerLookup`).
 */
export const workerSearchQueryOptions = ({ q, enterpriseId }: { q: string; enterpriseId?: number }) =>
  queryOptions({
    queryKey: ['workers', { q: q || undefined, enterpriseId, page: 0, size: 20 }],
    queryFn: ({ signal }) =>
      api.get<WorkerPage>('/api/v1/workers', { params: { q: q || undefined, enterpriseId, page: 0, size: 20 }, signal }),
    placeholderData: keepPreviousData,
  });
export const useWorkerSearch = (query: { q: string; enterpriseId?: number }, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...workerSearchQueryOptions(query), enabled });
