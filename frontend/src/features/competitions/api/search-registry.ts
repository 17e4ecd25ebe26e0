import { useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { EnterprisePage, WorkerPage } from '../types';

/** `GET /api/v1/workers?q=&enterpriseId=`: candidates to register, read from the registry. */
export const useWorkerSearch = (query: { q?: string; enterpriseId?: number }, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: ['workers', 'competition-search', query],
    queryFn: ({ signal }) => api.get<WorkerPage>('/api/v1/workers', { params: { ...query, page: 0, size: 50 }, signal }),
    enabled,
  });

/** `GET /api/v1/enterprises?q=`: for judges' enterprises, lists and labour competitions. */
export const useEnterpriseSearch = (q: string | undefined, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: ['enterprises', 'competition-search', q ?? ''],
    queryFn: ({ signal }) => api.get<EnterprisePage>('/api/v1/enterprises', { params: { q, page: 0, size: 20 }, signal }),
    enabled,
  });
