import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { Enterprise, EnterprisePage, HistoryEntry } from '@/types/api';

import { enterpriseKeys } from './keys';

/** The enterprise list's filters, as the API names them. */
export type EnterpriseFilter = {
  q?: string;
  industry?: string;
  inDevZone?: boolean;
  hasUnion?: boolean;
  hasPartyOrg?: boolean;
};

export type EnterpriseListQuery = EnterpriseFilter & { page: number; size: number };

/** `GET /api/v1/enterprises`: one page, filtered on the server. */
export const getEnterprisesQueryOptions = (query: EnterpriseListQuery) =>
  queryOptions({
    queryKey: enterpriseKeys.list(query),
    queryFn: ({ signal }) => api.get<EnterprisePage>('/api/v1/enterprises', { params: query, signal }),
    placeholderData: keepPreviousData,
  });
export const useEnterprises = (query: EnterpriseListQuery, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({ ...getEnterprisesQueryOptions(query), enabled });

/** `GET /api/v1/enterprises/{id}`. */
export const useEnterprise = (id: number) =>
  useQuery({
    queryKey: enterpriseKeys.detail(id),
    queryFn: ({ signal }) => api.get<Enterprise>(`/api/v1/enterprises/${id}`, { signal }),
  });

/** `GET /api/v1/enterprises/{id}/history`: who changed what, when. */
export const useEnterpriseHistory = (id: number) =>
  useQuery({
    queryKey: enterpriseKeys.history(id),
    queryFn: ({ signal }) => api.get<HistoryEntry[]>(`/api/v1/enterprises/${id}/history`, { signal }),
  });
