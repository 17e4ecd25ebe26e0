import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { Form, Input } from 'antd';
import { describe, expect, it, vi } from 'vitest';

import { FilteredList, useListState } from '@/components/list/filtered-list';
import { ApiError } from '@/lib/api-client';

type Row = { id: number; name: string };
type Filter = { q?: string };

function Harness({ query, onQuery }: { query: { data?: { items: Row[]; total: number }; error: Error | null; refetch: () => void }; onQuery?: (q: object) => void }) {
  const [form] = Form.useForm<Filter>();
  const list = useListState<Filter>({});
  onQuery?.(list.query);
  return (
    <>
      <output data-testid="state">{JSON.stringify(list.query)}</output>
      <button type="button" onClick={() => list.setPaging({ page: 2, size: 50 })}>
        page 3
      </button>
      <FilteredList<Filter, Row>
        form={form}
        name="thing-search"
        filters={
          <Form.Item name="q">
            <Input aria-label="q" />
          </Form.Item>
        }
        onSearch={(values) => list.setFilter({ q: values.q?.trim() || undefined })}
        title="Things"
        query={{ ...query, isFetching: false } as never}
        columns={[{ title: 'Name', dataIndex: 'name', key: 'name' }]}
        rowKey="id"
        paging={list.paging}
        onPaging={list.setPaging}
        tableTestId="things-table"
      />
    </>
  );
}

const page = { data: { items: [{ id: 1, name: '张三' }], total: 1 }, error: null, refetch: vi.fn() };
const state = () => JSON.parse(screen.getByTestId('state').textContent ?? '{}') as Record<string, unknown>;

describe('FilteredList', () => {
  it('a new search goes back to the first page and keeps the page size', async () => {
    render(<Harness query={page} />);
    fireEvent.click(screen.getByRole('button', { name: 'page 3' }));
    expect(state()).toMatchObject({ page: 2, size: 50 });

    fireEvent.change(screen.getByLabelText('q'), { target: { value: ' 张 ' } });
    fireEvent.click(screen.getByTestId('thing-search-submit'));

    await waitFor(() => expect(state()).toEqual({ q: '张', page: 0, size: 50 }));
    expect(screen.getByTestId('things-table')).toHaveTextContent('张三');
  });

  it('reset clears the form and searches without a filter', async () => {
    render(<Harness query={page} />);
    fireEvent.change(screen.getByLabelText('q'), { target: { value: '李' } });
    fireEvent.click(screen.getByTestId('thing-search-submit'));
    await waitFor(() => expect(state()).toMatchObject({ q: '李' }));
    fireEvent.click(screen.getByRole('button', { name: 'page 3' }));

    fireEvent.click(screen.getByTestId('thing-search-reset'));

    await waitFor(() => expect(state()).toEqual({ page: 0, size: 50 }));
    expect(screen.getByLabelText('q')).toHaveValue('');
  });

  it('shows the error with a retry instead of the table', () => {
    const failed = { data: undefined, error: new ApiError(503, { title: '服务暂不可用' }), refetch: vi.fn() };
    render(<Harness query={failed} />);

    expect(screen.getByTestId('api-error')).toHaveTextContent('服务暂不可用');
    expect(screen.queryByTestId('things-table')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: /重\s*试/ }));
    expect(failed.refetch).toHaveBeenCalledTimes(1);
  });
});
