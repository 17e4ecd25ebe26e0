import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { Industry } from '@/types/api';

/** `GET /api/v1/industries`: the 14 industries of the review (reference data). */
export const getIndustries = ({ signal }: { signal?: AbortSignal } = {}) => api.get<Industry[]>('/api/v1/industries', { signal });

export const getIndustriesQueryOptions = () =>
  queryOptions({ queryKey: ['industries'], queryFn: ({ signal }) => getIndustries({ signal }), staleTime: 60 * 60 * 1000 });

export const useIndustries = () => useQuery(getIndustriesQueryOptions());
