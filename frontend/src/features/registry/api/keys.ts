/**
 * The registry's query keys, written once: the factories in this folder build their keys from
 * these, and writes invalidate by them. The shapes match the shared lookups in `src/lib/lookups.ts`
 * (enterprise and worker search), so both share the cache and one invalidation reaches both.
 */
export const workerKeys = {
  all: ['workers'] as const,
  list: (query: object) => ['workers', query] as const,
  detail: (id: number) => ['workers', 'detail', id] as const,
  employments: (id: number) => ['workers', 'detail', id, 'employments'] as const,
  history: (id: number) => ['workers', 'detail', id, 'history'] as const,
  politicalPosts: (id: number) => ['workers', 'detail', id, 'political-posts'] as const,
};

export const enterpriseKeys = {
  all: ['enterprises'] as const,
  list: (query: object) => ['enterprises', 'list', query] as const,
  detail: (id: number) => ['enterprises', 'detail', id] as const,
  history: (id: number) => ['enterprises', 'detail', id, 'history'] as const,
};

export const honourKeys = {
  all: ['honours'] as const,
  list: (query: object) => ['honours', 'list', query] as const,
};

export const importKeys = {
  job: (id: number | undefined) => ['imports', id] as const,
  errors: (id: number | undefined, page: object) => ['imports', id, 'errors', page] as const,
};

/** The workforce statistics (the dashboard's figures) change with every registry write. */
export const statisticsKeys = { all: ['statistics'] as const };
