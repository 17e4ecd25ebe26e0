/** The competitions' query keys, written once; writes invalidate by these. */
export const competitionKeys = {
  all: ['competitions'] as const,
  list: (query: object) => ['competitions', 'list', query] as const,
  detail: (id: number) => ['competitions', 'detail', id] as const,
  history: (id: number) => ['competitions', 'detail', id, 'history'] as const,
  ranking: (id: number) => ['competitions', 'detail', id, 'ranking'] as const,
  awards: (id: number) => ['competitions', 'detail', id, 'awards'] as const,
};
