import { queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import { getMeQueryOptions } from '@/lib/auth/me';

import type { BudgetAdjustment, BudgetAdjustmentRequest, Fund, FundRequest, Programme, ProgrammeRequest, Statistics } from '../types';

import { subsidyKeys } from './keys';

/** `GET /api/v1/funds`: every fund the caller may see, with live figures. */
export const getFundsQueryOptions = (year?: number) =>
  queryOptions({
    queryKey: subsidyKeys.funds(year),
    queryFn: ({ signal }) => api.get<Fund[]>('/api/v1/funds', { params: { year }, signal }),
  });

export const useFunds = (year?: number) => useQuery(getFundsQueryOptions(year));

/** `GET /api/v1/subsidy-programmes`. */
export const useProgrammes = (filter: { year?: number; fundId?: number } = {}, { enabled = true } = {}) =>
  useQuery({
    queryKey: subsidyKeys.programmes(filter),
    queryFn: ({ signal }) => api.get<Programme[]>('/api/v1/subsidy-programmes', { params: filter, signal }),
    enabled,
  });

/** `POST /api/v1/funds` (subsidy-approver of the owning department, admin). */
export const useCreateFund = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: FundRequest) => api.post<Fund>('/api/v1/funds', body),
    // a department's first fund opens its applications (/me's subsidy scope)
    onSuccess: () =>
      Promise.all([queryClient.invalidateQueries({ queryKey: subsidyKeys.all }), queryClient.invalidateQueries({ queryKey: getMeQueryOptions().queryKey })]),
  });
};

/** `POST /api/v1/subsidy-programmes`. */
export const useCreateProgramme = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgrammeRequest) => api.post<Programme>('/api/v1/subsidy-programmes', body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: subsidyKeys.all }),
  });
};

/** `POST /api/v1/funds/{id}/budget-adjustments` (subsidy-approver): a new budget with a reason; 409 below what is used or when stale. */
export const useAdjustBudget = (fundId: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BudgetAdjustmentRequest) => api.post<Fund>(`/api/v1/funds/${fundId}/budget-adjustments`, body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: subsidyKeys.all }),
  });
};

/** `GET /api/v1/funds/{id}/budget-adjustments`: who changed the budget, when, from what to what, why. */
export const useBudgetAdjustments = (fundId: number) =>
  useQuery({
    queryKey: subsidyKeys.adjustments(fundId),
    queryFn: ({ signal }) => api.get<BudgetAdjustment[]>(`/api/v1/funds/${fundId}/budget-adjustments`, { signal }),
  });

/** `GET /api/v1/statistics/subsidies`: aggregates per year, source, programme kind and industry (small cells hidden for analysts). */
export const useSubsidyStatistics = (year?: number) =>
  useQuery({
    queryKey: subsidyKeys.statistics(year),
    queryFn: ({ signal }) => api.get<Statistics>('/api/v1/statistics/subsidies', { params: { year }, signal }),
  });
