import { fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';

import { QueryCard, QueryState } from '@/components/query/query-state';
import { ApiError } from '@/lib/api-client';

const query = <T,>(over: { data?: T; error?: Error | null }) => ({ data: over.data, error: over.error ?? null, refetch: vi.fn() });

describe('QueryState', () => {
  it('shows an error as the API error alert whose retry refetches', () => {
    const q = query<string[]>({ error: new ApiError(503, { title: '服务暂不可用' }) });
    const children = vi.fn(() => <div>rows</div>);

    render(<QueryState query={q as never}>{children}</QueryState>);

    expect(screen.getByTestId('api-error')).toHaveTextContent('服务暂不可用');
    expect(children).not.toHaveBeenCalled();
    fireEvent.click(screen.getByRole('button', { name: /重\s*试/ }));
    expect(q.refetch).toHaveBeenCalledTimes(1);
  });

  it('shows a skeleton, or the given placeholder, while there is no data yet', () => {
    const { container, rerender } = render(<QueryState query={query<string[]>({}) as never}>{() => <div>rows</div>}</QueryState>);

    expect(container.querySelector('.ant-skeleton')).not.toBeNull();
    expect(screen.queryByText('rows')).toBeNull();

    rerender(
      <QueryState query={query<string[]>({}) as never} loading={<span>loading…</span>}>
        {() => <div>rows</div>}
      </QueryState>,
    );
    expect(screen.getByText('loading…')).toBeInTheDocument();
  });

  it('shows the empty state for an empty list or an empty page, and a custom one when given', () => {
    const { container, rerender } = render(<QueryState query={query({ data: [] as string[] }) as never}>{() => <div>rows</div>}</QueryState>);
    expect(container.querySelector('.ant-empty')).not.toBeNull();

    rerender(<QueryState query={query({ data: { items: [], total: 0 } }) as never}>{() => <div>rows</div>}</QueryState>);
    expect(container.querySelector('.ant-empty')).not.toBeNull();

    rerender(
      <QueryState query={query({ data: { total: 0 } }) as never} isEmpty={(d: { total: number }) => d.total === 0} empty={<span>nothing yet</span>}>
        {() => <div>rows</div>}
      </QueryState>,
    );
    expect(screen.getByText('nothing yet')).toBeInTheDocument();
    expect(screen.queryByText('rows')).toBeNull();
  });

  it('draws the data through its children', () => {
    render(<QueryState query={query({ data: ['甲', '乙'] }) as never}>{(rows: string[]) => <div>{rows.join('、')}</div>}</QueryState>);

    expect(screen.getByText('甲、乙')).toBeInTheDocument();
    expect(screen.queryByTestId('api-error')).toBeNull();
  });

  it('QueryCard draws the same states inside a titled card', () => {
    render(
      <QueryCard title="企业" data-testid="card" query={query({ data: ['甲'] }) as never}>
        {(rows: string[]) => <div>{rows[0]}</div>}
      </QueryCard>,
    );

    expect(screen.getByTestId('card')).toHaveTextContent('企业');
    expect(screen.getByTestId('card')).toHaveTextContent('甲');
  });
});
