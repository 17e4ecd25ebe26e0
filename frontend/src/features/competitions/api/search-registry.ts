import { useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { useWorkerLookup } from '@/lib/worker-lookup';

import type { EnterprisePage } from '../types';

/**
 * `GET /api/v1/workers/lookup?name=&enterpriseId=`: candidates to register, found through the
 * registry's minimal lookup (a name of two characters or more within one enterprise).
 */
export const useWorkerSearch = (query: { name: string; enterpriseId?: number }, { enabled = true }: { enabled?: boolean } = {}) =>
  useWorkerLookup(query, { enabled });

/** `GET /api/v1/enterprises?q=`: for judges' enterprises, lists and labour competitions. */
export const useEnterpriseSearch = (q: string | undefined, { enabled = true }: { enabled?: boolean } = {}) =>
  useQuery({
    queryKey: ['enterprises', 'competition-search', q ?? ''],
    queryFn: ({ signal }) => api.get<EnterprisePage>('/api/v1/enterprises', { params: { q, page: 0, size: 20 }, signal }),
    enabled,
  });
