import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { Indicator, Task, TaskPage, TaskRequest, TaskStatus, TaskTimelineEntry } from '../types';

import { notificationKeys, taskKeys } from './keys';

export type TaskFilter = {
  department?: string;
  status?: TaskStatus;
  area?: string;
  year?: number;
  overdue?: boolean;
};

/** `GET /api/v1/tasks`: the tasks in the caller's scope (one big page: a district has tens of tasks). */
export const getTasksQueryOptions = (filter: TaskFilter) =>
  queryOptions({
    queryKey: taskKeys.list(filter),
    queryFn: ({ signal }) =>
      api.get<TaskPage>('/api/v1/tasks', { params: { ...filter, size: 200, sort: 'deadline' }, signal }),
    placeholderData: keepPreviousData,
  });
export const useTasks = (filter: TaskFilter) => useQuery(getTasksQueryOptions(filter));

/** `GET /api/v1/tasks/{id}`: one task with its live progress. */
export const useTask = (id: number) =>
  useQuery({
    queryKey: taskKeys.detail(id),
    queryFn: ({ signal }) => api.get<Task>(`/api/v1/tasks/${id}`, { signal }),
  });

/** `GET /api/v1/tasks/{id}/history`: the timeline. */
export const useTaskHistory = (id: number) =>
  useQuery({
    queryKey: taskKeys.history(id),
    queryFn: ({ signal }) => api.get<TaskTimelineEntry[]>(`/api/v1/tasks/${id}/history`, { signal }),
  });

const useInvalidateTasks = () => {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: taskKeys.all }),
      queryClient.invalidateQueries({ queryKey: notificationKeys.all }),
    ]);
};

/** `POST /api/v1/tasks` (no id) or `PUT /api/v1/tasks/{id}` with the version read. */
export const useSaveTask = () => {
  const invalidate = useInvalidateTasks();
  return useMutation({
    mutationFn: ({ id, request }: { id?: number; request: TaskRequest }) =>
      id === undefined ? api.post<Task>('/api/v1/tasks', request) : api.put<Task>(`/api/v1/tasks/${id}`, request),
    onSuccess: invalidate,
  });
};

/** `POST /api/v1/tasks/{id}/suspend` or `/reopen` with a reason and the task's version as read (required; stale → 409). */
export const useTaskStatusChange = () => {
  const invalidate = useInvalidateTasks();
  return useMutation({
    mutationFn: ({ id, action, reason, version }: { id: number; action: 'suspend' | 'reopen'; reason: string; version: number }) =>
      api.post<Task>(`/api/v1/tasks/${id}/${action}`, { reason, version }),
    onSuccess: invalidate,
  });
};

/**
 * `GET /api/v1/indicators`: the live figures a task can track, with their value for the year
 * (the API's this year when none is given).
 */
export const useIndicators = (year?: number) =>
  useQuery({
    queryKey: taskKeys.indicators(year),
    queryFn: ({ signal }) => api.get<Indicator[]>('/api/v1/indicators', { params: year === undefined ? {} : { year }, signal }),
    placeholderData: keepPreviousData,
    staleTime: 60_000,
  });
