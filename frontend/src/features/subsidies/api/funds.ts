import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { Fund, FundRequest, Programme, ProgrammeRequest } from '../types';

/** `GET /api/v1/funds`: every fund the caller may see, with live figures. */
export const getFundsQueryOptions = (year?: number) =>
  queryOptions({
    queryKey: ['subsidies', 'funds', year ?? null],
    queryFn: ({ signal }) => api.get<Fund[]>('/api/v1/funds', { params: { year }, signal }),
  });

export const useFunds = (year?: number) => useQuery(getFundsQueryOptions(year));

/** `GET /api/v1/subsidy-programmes`. */
export const useProgrammes = (filter: { year?: number; fundId?: number } = {}, { enabled = true } = {}) =>
  useQuery({
    queryKey: ['subsidies', 'programmes', filter],
    queryFn: ({ signal }) => api.get<Programme[]>('/api/v1/subsidy-programmes', { params: filter, signal }),
    enabled,
  });

/** `POST /api/v1/funds` (subsidy-approver of the owning department, admin). */
export const useCreateFund = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FundRequest) => api.post<Fund>('/api/v1/funds', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['subsidies'] }),
  });
};

/** `POST /api/v1/subsidy-programmes`. */
export const useCreateProgramme = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgrammeRequest) => api.post<Programme>('/api/v1/subsidy-programmes', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['subsidies'] }),
  });
};
