import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { AuditEventPage } from '@/types/api';

/** The audit log's filters, as the API names them: who (login or part of the name), department, action, record kind, days. */
export type AuditEventFilter = {
  actor?: string;
  department?: string;
  action?: string;
  entityType?: string;
  from?: string;
  to?: string;
};

export type AuditEventQuery = AuditEventFilter & { page: number; size: number };

export const auditEventKeys = {
  all: ['audit-events'] as const,
  list: (query: AuditEventQuery) => [...auditEventKeys.all, query] as const,
};

/** `GET /api/v1/audit-events`: newest first, admin only. */
export const getAuditEvents = (query: AuditEventQuery, { signal }: { signal?: AbortSignal } = {}) =>
  api.get<AuditEventPage>('/api/v1/audit-events', { params: query, signal });

export const getAuditEventsQueryOptions = (query: AuditEventQuery) =>
  queryOptions({
    queryKey: auditEventKeys.list(query),
    queryFn: ({ signal }) => getAuditEvents(query, { signal }),
    placeholderData: keepPreviousData,
  });

export const useAuditEvents = (query: AuditEventQuery) => useQuery(getAuditEventsQueryOptions(query));

/** `GET /api/v1/audit-events/export`: the filtered log as CSV or XLSX (the export is itself audited). */
export const exportAuditEvents = (filter: AuditEventFilter, format: 'csv' | 'xlsx') =>
  api.download('/api/v1/audit-events/export', { ...filter, format });
