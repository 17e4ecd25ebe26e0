import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/query-client';
import type { Me } from '@/types/api';

/** `GET /api/v1/me`: who the API thinks the caller is, with their department and registry scope spelled out. */
export const getMe = ({ signal }: { signal?: AbortSignal } = {}): Promise<Me> => {
  return api.get<Me>('/api/v1/me', { signal });
};

export const getMeQueryOptions = () => {
  return queryOptions({
    queryKey: ['me'],
    queryFn: ({ signal }) => getMe({ signal }),
    // Who one is does not change during a session.
    staleTime: 5 * 60_000,
  });
};

type UseMeOptions = {
  queryConfig?: QueryConfig<typeof getMeQueryOptions>;
};

export const useMe = ({ queryConfig }: UseMeOptions = {}) => {
  return useQuery({
    ...getMeQueryOptions(),
    ...queryConfig,
  });
};
