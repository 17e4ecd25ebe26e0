import { QueryClient, type DefaultOptions } from '@tanstack/react-query';

import { ApiError } from '@/lib/api-client';

/** A 4xx will answer the same on a second try; only network and server errors are retried. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  if (error instanceof ApiError && error.status >= 400 && error.status < 500) {
    return false;
  }
  return failureCount < 2;
}

export const queryConfig = {
  queries: {
    retry: shouldRetry,
    staleTime: 60_000,
    // Back-office screens: refetching whenever the window regains focus only adds load.
    refetchOnWindowFocus: false,
  },
  mutations: {
    retry: false,
  },
} satisfies DefaultOptions;

export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: queryConfig });
}

/** Extra options a feature hook accepts, minus what its query options fix (bulletproof's QueryConfig). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type QueryConfig<T extends (...args: any[]) => unknown> = Omit<ReturnType<T>, 'queryKey' | 'queryFn'>;
