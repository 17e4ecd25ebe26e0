import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { Competition, CompetitionStage } from '../types';

import { competitionKeys } from './keys';

/** `POST /api/v1/competitions/{id}/stage`: one step forward only (else 409, nothing changed). */
export const changeStage = ({ id, target, version }: { id: number; target: CompetitionStage; version?: number }) =>
  api.post<Competition>(`/api/v1/competitions/${id}/stage`, { target, version });

export const useChangeStage = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: changeStage,
    // a stage move fixes ranks and awards, locks judges, writes honours: everything of the competition changes
    onSuccess: () => queryClient.invalidateQueries({ queryKey: competitionKeys.all }),
  });
};
