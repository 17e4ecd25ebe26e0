/**
 * The registry's enterprises and the minimal worker lookup as the application form searches them.
 * The form calls the registry API itself (a feature never imports another feature); the lookup's
 * query options are shared from lib with the competitions' picker.
 */
import { useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { useWorkerLookup } from '@/lib/worker-lookup';

import type { EnterprisePage } from '../types';

export const useEnterpriseSearch = (q: string, enabled: boolean) =>
  useQuery({
    queryKey: ['subsidies', 'enterprise-search', q],
    queryFn: ({ signal }) => api.get<EnterprisePage>('/api/v1/enterprises', { params: { q: q || undefined, page: 0, size: 20 }, signal }),
    enabled,
  });

/** Trainees are looked up by name within the application's enterprise (`GET /api/v1/workers/lookup`). */
export const useTraineeLookup = (name: string, enterpriseId: number | undefined, enabled: boolean) =>
  useWorkerLookup({ name, enterpriseId }, { enabled });
