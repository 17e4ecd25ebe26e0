import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { Competition, CompetitionRequest } from '../types';

import { competitionKeys } from './keys';

/** `POST /api/v1/competitions` (no id) or `PUT /api/v1/competitions/{id}` with the version read. */
export const saveCompetition = ({ id, request }: { id?: number; request: CompetitionRequest }) =>
  id === undefined ? api.post<Competition>('/api/v1/competitions', request) : api.put<Competition>(`/api/v1/competitions/${id}`, request);

export const useSaveCompetition = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveCompetition,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: competitionKeys.all }),
  });
};
