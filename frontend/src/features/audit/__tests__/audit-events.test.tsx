import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { apiUrl } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, testUsers, waitFor, within } from '@/testing/test-utils';

const event = (id: number, action: string, actor: string) => ({
  id,
  occurredAt: '2026-11-30T08:15:00Z',
  actor,
  department: 'publicity',
  clientId: 'spa',
  action,
  entityType: 'worker',
  entityId: String(100 + id),
  outcome: action === 'SCOPE_DENIED' ? 'DENIED' : 'GRANTED',
  detail: 'detail',
});

describe('审计 audit log', () => {
  it('lists events with Chinese action names and filters by action', async () => {
    const seen: URLSearchParams[] = [];
    server.use(
      http.get(apiUrl('/api/v1/audit-events'), ({ request }) => {
        const params = new URL(request.url).searchParams;
        seen.push(params);
        const items = params.get('action') === 'SCOPE_DENIED' ? [event(2, 'SCOPE_DENIED', 'publicity-staff')] : [event(1, 'PII_READ', 'federation-lead'), event(2, 'SCOPE_DENIED', 'publicity-staff')];
        return HttpResponse.json({ items, total: items.length, page: 0, size: 20 });
      }),
    );
    renderApp('/audit', { user: testUsers.admin });
    const table = await screen.findByTestId('audit-table');
    expect(await within(table).findByText('federation-lead')).toBeInTheDocument();
    expect(within(table).getByText('查看敏感信息')).toBeInTheDocument();
    expect(within(table).getByText('越权访问被拒')).toBeInTheDocument();
    expect(within(table).getByText('worker #101')).toBeInTheDocument();

    await screen.findByTestId('audit-action');
    const user = userEvent.setup();
    await user.click(within(screen.getByTestId('audit-action')).getByRole('combobox'));
    await user.click(await screen.findByTitle('越权访问被拒'));
    await user.click(screen.getByRole('button', { name: '查 询' }));
    await waitFor(() => expect(seen.at(-1)?.get('action')).toBe('SCOPE_DENIED'));
    await waitFor(() => expect(within(table).queryByText('federation-lead')).not.toBeInTheDocument());
  });

  it('names the export events: started, finished and aborted', async () => {
    server.use(
      http.get(apiUrl('/api/v1/audit-events'), () =>
        HttpResponse.json({
          items: [event(3, 'EXPORT_STARTED', 'federation-staff'), event(4, 'EXPORT_FINISHED', 'federation-staff'), event(5, 'EXPORT_ABORTED', 'federation-staff')],
          total: 3,
          page: 0,
          size: 20,
        }),
      ),
    );
    renderApp('/audit', { user: testUsers.admin });
    const table = await screen.findByTestId('audit-table');
    expect(await within(table).findByText('开始导出')).toBeInTheDocument();
    expect(within(table).getByText('导出完成')).toBeInTheDocument();
    expect(within(table).getByText('导出中断')).toBeInTheDocument();
  });

  it('is not in the menu of a department user, and the route says so', async () => {
    renderApp('/audit', { user: testUsers.publicityStaff });
    expect(await screen.findByText(/无权访问|没有权限|403/)).toBeInTheDocument();
  });
});
