import { keepPreviousData, useQuery } from '@tanstack/react-query';

import { api } from '@/lib/api-client';

import type { TaskBoard } from '../types';

import { taskKeys } from './keys';

/** `GET /api/v1/tasks/board`: per department, ranked (a non-lead department's staff get their own row). */
export const useTaskBoard = (year?: number) =>
  useQuery({
    queryKey: taskKeys.board(year),
    queryFn: ({ signal }) => api.get<TaskBoard>('/api/v1/tasks/board', { params: { year }, signal }),
    placeholderData: keepPreviousData,
  });
