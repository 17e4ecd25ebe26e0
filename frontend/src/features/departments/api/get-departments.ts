import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { QueryConfig } from '@/lib/query-client';
import type { DepartmentPage } from '@/types/api';

/** `GET /api/v1/departments`: the member departments in display order, lead unit flagged. */
export const getDepartments = ({ signal }: { signal?: AbortSignal } = {}): Promise<DepartmentPage> => {
  return api.get<DepartmentPage>('/api/v1/departments', { signal });
};

export const getDepartmentsQueryOptions = () => {
  return queryOptions({
    queryKey: ['departments'],
    queryFn: ({ signal }) => getDepartments({ signal }),
  });
};

type UseDepartmentsOptions = {
  queryConfig?: QueryConfig<typeof getDepartmentsQueryOptions>;
};

export const useDepartments = ({ queryConfig }: UseDepartmentsOptions = {}) => {
  return useQuery({
    ...getDepartmentsQueryOptions(),
    ...queryConfig,
  });
};
