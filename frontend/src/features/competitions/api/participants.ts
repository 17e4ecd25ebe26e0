import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { BatchRegistrationResponse, Participant, ParticipantStatus } from '../types';

import { competitionKeys } from './keys';

const key = (id: number) => ['competitions', 'detail', id, 'participants'] as const;

/** `GET /api/v1/competitions/{id}/participants`: registrations in order. */
export const useParticipants = (id: number) =>
  useQuery({ queryKey: key(id), queryFn: ({ signal }) => api.get<Participant[]>(`/api/v1/competitions/${id}/participants`, { signal }) });

/** `POST /api/v1/competitions/{id}/participants`: one worker or enterprise; 409 `/problems/ineligible` lists the reasons. */
export const useRegisterParticipant = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (request: { workerId?: number; enterpriseId?: number; teamName?: string }) =>
      api.post<Participant>(`/api/v1/competitions/${id}/participants`, request),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: competitionKeys.detail(id) }),
  });
};

/** `POST /api/v1/competitions/{id}/participants/batch`: a result per worker; `dryRun` only checks. */
export const useRegisterBatch = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ workerIds, enterpriseId, dryRun }: { workerIds: number[]; enterpriseId?: number; dryRun: boolean }) =>
      api.post<BatchRegistrationResponse>(`/api/v1/competitions/${id}/participants/batch`, { workerIds, enterpriseId }, { params: { dryRun } }),
    onSuccess: (_, { dryRun }) => (dryRun ? undefined : queryClient.invalidateQueries({ queryKey: competitionKeys.detail(id) })),
  });
};

/** `POST /api/v1/competitions/{id}/participants/{pid}/review`: accepted, or refused with a reason. */
export const useReviewParticipant = (id: number) => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ participantId, decision, reason, version }: { participantId: number; decision: ParticipantStatus; reason?: string; version: number }) =>
      api.post<Participant>(`/api/v1/competitions/${id}/participants/${participantId}/review`, { decision, reason, version }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: competitionKeys.detail(id) }),
  });
};
