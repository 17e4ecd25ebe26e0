/**
 * The tasks' query keys, written once: every task write invalidates `taskKeys.all` (and
 * `notificationKeys.all`, since writes notify), which reaches the lists, details, board,
 * assessment and indicators below.
 */
export const taskKeys = {
  all: ['tasks'] as const,
  list: (filter: object) => ['tasks', 'list', filter] as const,
  detail: (id: number) => ['tasks', 'detail', id] as const,
  history: (id: number) => ['tasks', 'detail', id, 'history'] as const,
  extensions: (id: number) => ['tasks', 'detail', id, 'extensions'] as const,
  reports: (id: number) => ['tasks', 'detail', id, 'reports'] as const,
  notices: (id: number) => ['tasks', 'detail', id, 'notices'] as const,
  board: (year?: number) => ['tasks', 'board', year ?? null] as const,
  assessment: (year: number) => ['tasks', 'assessment', year] as const,
  indicators: (year?: number) => ['tasks', 'indicators', year ?? null] as const,
};

/** The caller's notifications (the bell); task writes invalidate them too. */
export const notificationKeys = {
  all: ['notifications'] as const,
};
