import { useMutation, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { Worker, WorkerRequest } from '@/types/api';

import { enterpriseKeys, workerKeys } from './keys';

/** `POST /api/v1/workers` (no id) or `PUT /api/v1/workers/{id}` (with the version read). */
export const saveWorker = ({ id, request }: { id?: number; request: WorkerRequest }) =>
  id === undefined ? api.post<Worker>('/api/v1/workers', request) : api.put<Worker>(`/api/v1/workers/${id}`, request);

export const useSaveWorker = () => {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: saveWorker,
    // lists, the detail, its history and employments, and the enterprises' worker counts all change
    onSuccess: () => Promise.all([
      queryClient.invalidateQueries({ queryKey: workerKeys.all }),
      queryClient.invalidateQueries({ queryKey: enterpriseKeys.all }),
    ]),
  });
};
