import { useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { EnterprisePage } from '@/types/api';

/**
 * The enterprises a record's ENTERPRISE field offers: `GET /api/v1/enterprises?q=` (first 20 by
 * name or credit code), asked only once the picker is opened. The API scopes the list per caller.
 */
export const useEnterpriseOptions = (q: string, enabled: boolean) =>
  useQuery({
    queryKey: ['enterprises', 'list', { q: q || undefined, page: 0, size: 20 }],
    queryFn: ({ signal }) => api.get<EnterprisePage>('/api/v1/enterprises', { params: { q: q || undefined, page: 0, size: 20 }, signal }),
    enabled,
  });
