import type { UseQueryResult } from '@tanstack/react-query';
import { Card, Empty, Skeleton, type CardProps } from 'antd';
import type { ReactNode } from 'react';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';

type QueryLike<T> = Pick<UseQueryResult<T>, 'data' | 'error' | 'refetch'>;

export type QueryStateProps<T> = {
  query: QueryLike<T>;
  /** Drawn once the data is there (and not empty). */
  children: (data: T) => ReactNode;
  /** When the data counts as empty (default: an empty array, or a page with no items). */
  isEmpty?: (data: T) => boolean;
  /** What an empty answer shows (default: antd's Empty with the common text). */
  empty?: ReactNode;
  /** What loading shows (default: a skeleton). */
  loading?: ReactNode;
};

const defaultIsEmpty = (data: unknown) =>
  Array.isArray(data) ? data.length === 0 : typeof data === 'object' && data !== null && Array.isArray((data as { items?: unknown }).items)
    ? (data as { items: unknown[] }).items.length === 0
    : false;

/**
 * One query's three states drawn the same way everywhere: an error as `ApiErrorAlert` with a
 * retry, loading as a skeleton, empty as antd's Empty, and the data through `children`.
 */
export function QueryState<T>({ query, children, isEmpty = defaultIsEmpty, empty, loading }: QueryStateProps<T>) {
  if (query.error) return <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />;
  if (query.data === undefined) return <>{loading ?? <Skeleton active />}</>;
  if (isEmpty(query.data)) return <>{empty ?? <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} />}</>;
  return <>{children(query.data)}</>;
}

/** A card whose body is a query's state: the common "card with a table/chart from the API". */
export function QueryCard<T>({
  query,
  children,
  isEmpty,
  empty,
  loading,
  ...card
}: QueryStateProps<T> & Omit<CardProps, 'children'>) {
  return (
    <Card size="small" {...card}>
      <QueryState query={query} isEmpty={isEmpty} empty={empty} loading={loading}>
        {children}
      </QueryState>
    </Card>
  );
}
