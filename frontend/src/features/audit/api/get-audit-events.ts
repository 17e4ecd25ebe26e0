import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { AuditEventPage } from '@/types/api';

/** The audit log's filters, as the API names them. */
export type AuditEventFilter = { action?: string; actor?: string };

export type AuditEventQuery = AuditEventFilter & { page: number; size: number };

/** `GET /api/v1/audit-events`: newest first, admin only. */
export const getAuditEvents = (query: AuditEventQuery, { signal }: { signal?: AbortSignal } = {}) =>
  api.get<AuditEventPage>('/api/v1/audit-events', { params: query, signal });

export const getAuditEventsQueryOptions = (query: AuditEventQuery) =>
  queryOptions({
    queryKey: ['audit-events', query],
    queryFn: ({ signal }) => getAuditEvents(query, { signal }),
    placeholderData: keepPreviousData,
  });

export const useAuditEvents = (query: AuditEventQuery) => useQuery(getAuditEventsQueryOptions(query));
