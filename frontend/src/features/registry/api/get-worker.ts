import { queryOptions, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { Employment, HistoryEntry, PoliticalPost, Worker } from '@/types/api';

import { workerKeys } from './keys';

/** `GET /api/v1/workers/{id}`: one worker (masked unless pii-reader). */
export const getWorkerQueryOptions = (id: number) =>
  queryOptions({
    queryKey: workerKeys.detail(id),
    queryFn: ({ signal }) => api.get<Worker>(`/api/v1/workers/${id}`, { signal }),
  });
export const useWorker = (id: number) => useQuery(getWorkerQueryOptions(id));

/** `GET /api/v1/workers/{id}/employments`: the employment history, newest first. */
export const useWorkerEmployments = (id: number) =>
  useQuery({
    queryKey: workerKeys.employments(id),
    queryFn: ({ signal }) => api.get<Employment[]>(`/api/v1/workers/${id}/employments`, { signal }),
  });

/** `GET /api/v1/workers/{id}/history`: who changed what, when. */
export const useWorkerHistory = (id: number) =>
  useQuery({
    queryKey: workerKeys.history(id),
    queryFn: ({ signal }) => api.get<HistoryEntry[]>(`/api/v1/workers/${id}/history`, { signal }),
  });

/** `GET /api/v1/workers/{id}/political-posts`. */
export const useWorkerPoliticalPosts = (id: number) =>
  useQuery({
    queryKey: workerKeys.politicalPosts(id),
    queryFn: ({ signal }) => api.get<PoliticalPost[]>(`/api/v1/workers/${id}/political-posts`, { signal }),
  });
