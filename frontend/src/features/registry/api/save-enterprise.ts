import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { Enterprise, EnterpriseRequest } from '@/types/api';

import { enterpriseKeys, workerKeys } from './keys';

/** `POST /api/v1/enterprises` (no id) or `PUT /api/v1/enterprises/{id}` (with the version read). */
export const saveEnterprise = ({ id, request }: { id?: number; request: EnterpriseRequest }) =>
  id === undefined
    ? api.post<Enterprise>('/api/v1/enterprises', request)
    : api.put<Enterprise>(`/api/v1/enterprises/${id}`, request);

export const useSaveEnterprise = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveEnterprise,
    // workers embed the enterprise (name, industry, zone), so their lists change too
    onSuccess: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: enterpriseKeys.all }),
      queryClient.invalidateQueries({ queryKey: workerKeys.all }),
    ]),
  });
};
