import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Card, Flex, Form, Space, Table, type FormInstance, type TablePaginationConfig, type TableProps } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { scrollWhenRows } from '@/components/table-layout';
import { useNumberFormat } from '@/lib/format/numbers';

/** One page of a list as the API answers it (`PageResponse`). */
export type PageLike<R> = { items?: R[]; total?: number | null };

export type Paging = { page: number; size: number };

/** A list's filter and page, kept together: a new search goes back to the first page. */
export function useListState<F>(initial: F, size = 20) {
  const [filter, setFilterState] = useState<F>(initial);
  const [paging, setPaging] = useState<Paging>({ page: 0, size });
  const setFilter = (next: F) => {
    setFilterState(next);
    setPaging((p) => ({ ...p, page: 0 }));
  };
  return { filter, setFilter, paging, setPaging, query: { ...filter, ...paging } };
}

export type FilteredListProps<V, R> = {
  /**
   * The filter form (its `Form.Item`s go in `filters`); `name` also names the search's test ids.
   * Without `filters` (a list whose filters act at once, drawn in `between`) there is no filter card.
   */
  form?: FormInstance<V>;
  name?: string;
  filters?: ReactNode;
  /** A search with the form's values; the reset button calls it with `{}` after clearing the form. */
  onSearch?: (values: V) => void;
  /** The search button's test id when it is not `${name}-submit`. */
  submitTestId?: string;
  /** The table card's title and what sits at its right (the total, buttons). */
  title?: ReactNode;
  extra?: ReactNode;
  /** What comes between the filter card and the table (view switches, tabs, hints). */
  between?: ReactNode;
  /** The table (or `content`) on the page itself, without the card around it (and its title). */
  bare?: boolean;
  /** Drawn instead of the table, e.g. another view of the same rows (a calendar); errors still show. */
  content?: ReactNode;
  /** The whole list's test id. */
  testId?: string;
  query: Pick<UseQueryResult<PageLike<R>>, 'data' | 'error' | 'refetch' | 'isFetching'>;
  columns: ColumnsType<R>;
  rowKey: TableProps<R>['rowKey'];
  paging: Paging;
  onPaging: (paging: Paging) => void;
  /**
   * The table's width below which it scrolls sideways (only when it has rows); `false`: it never
   * scrolls (the table element then stays the same one when the rows arrive).
   */
  scrollX?: number | string | false;
  /** A list's own pager settings over the shared ones (page sizes, the total's text; `undefined` drops one). */
  pagination?: Omit<TablePaginationConfig, 'current' | 'pageSize' | 'total' | 'onChange'>;
  tableTestId?: string;
  tableProps?: Omit<TableProps<R>, 'columns' | 'dataSource' | 'rowKey' | 'pagination' | 'loading'>;
};

/**
 * The list page every feature draws: a card of filters with 查询/重置 above a card holding the
 * paged table, its error with a retry, and the total. The one place where the page size options,
 * the back-to-first-page rule and the error branch are written.
 */
export function FilteredList<V extends object, R extends object>({
  form,
  name,
  filters,
  onSearch,
  submitTestId,
  title,
  extra,
  between,
  bare = false,
  content,
  testId,
  query,
  columns,
  rowKey,
  paging,
  onPaging,
  scrollX = 'max-content',
  pagination,
  tableTestId,
  tableProps,
}: FilteredListProps<V, R>) {
  const { t } = useTranslation();
  const { count } = useNumberFormat();
  const table = query.error ? (
    <ApiErrorAlert error={query.error} onRetry={() => void query.refetch()} />
  ) : (
    (content ?? (
      <Table<R>
        data-testid={tableTestId}
        rowKey={rowKey}
        size="middle"
        loading={query.isFetching}
        columns={columns}
        dataSource={query.data?.items ?? []}
        scroll={scrollX === false ? undefined : scrollWhenRows(query.data?.items, scrollX)}
        pagination={{
          current: paging.page + 1,
          pageSize: paging.size,
          total: query.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (total) => t('list.total', { count: total, formatted: count(total) }),
          ...pagination,
          onChange: (current, size) => onPaging({ page: current - 1, size }),
        }}
        {...tableProps}
      />
    ))
  );
  return (
    <Flex vertical gap={16} data-testid={testId}>
      {form && filters !== undefined && (
        <Card>
          <Form<V> form={form} name={name} layout="inline" onFinish={onSearch} data-testid={name} style={{ rowGap: 12 }}>
            {filters}
            <Form.Item>
              <Space>
                <Button type="primary" htmlType="submit" data-testid={submitTestId ?? (name && `${name}-submit`)}>
                  {t('list.search')}
                </Button>
                <Button
                  data-testid={name && `${name}-reset`}
                  onClick={() => {
                    form.resetFields();
                    onSearch?.({} as V);
                  }}
                >
                  {t('list.reset')}
                </Button>
              </Space>
            </Form.Item>
          </Form>
        </Card>
      )}
      {between}
      {bare ? (
        table
      ) : (
        <Card title={title} extra={extra}>
          {table}
        </Card>
      )}
    </Flex>
  );
}
