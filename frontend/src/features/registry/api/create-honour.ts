import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { Honour, HonourRequest } from '@/types/api';

import { honourKeys } from './keys';

/** `POST /api/v1/honours`: an individual or collective honour. */
export const createHonour = (request: HonourRequest) => api.post<Honour>('/api/v1/honours', request);

export const useCreateHonour = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createHonour,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: honourKeys.all }),
  });
};
