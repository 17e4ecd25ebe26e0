/**
 * The registry's enterprises and workers as the application form searches them. The form calls the
 * registry API itself (a feature never imports another feature).
 */
import { useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { EnterprisePage, WorkerPage } from '../types';

export const useEnterpriseSearch = (q: string, enabled: boolean) =>
  useQuery({
    queryKey: ['subsidies', 'enterprise-search', q],
    queryFn: ({ signal }) => api.get<EnterprisePage>('/api/v1/enterprises', { params: { q: q || undefined, page: 0, size: 20 }, signal }),
    enabled,
  });

export const useWorkerSearch = (q: string, enterpriseId: number | undefined, enabled: boolean) =>
  useQuery({
    queryKey: ['subsidies', 'worker-search', q, enterpriseId ?? null],
    queryFn: ({ signal }) =>
      api.get<WorkerPage>('/api/v1/workers', { params: { q: q || undefined, enterpriseId, page: 0, size: 20 }, signal }),
    enabled,
  });
