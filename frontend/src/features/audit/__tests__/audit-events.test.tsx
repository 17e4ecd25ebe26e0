import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { apiUrl } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, testUsers, waitFor, within } from '@/testing/test-utils';

const event = (id: number, action: string, actor: string, extra: Record<string, unknown> = {}) => ({
  id,
  occurredAt: '2026-11-30T08:15:00Z',
  actor,
  actorName: actor === 'federation-lead' ? '张明华' : actor === 'publicity-staff' ? '陈静' : null,
  department: 'publicity',
  departmentName: '区委宣传部',
  clientId: 'spa',
  action,
  entityType: 'worker',
  entityId: String(100 + id),
  entityLabel: '王*霞',
  outcome: action === 'SCOPE_DENIED' ? 'DENIED' : 'GRANTED',
  detail: 'detail',
  ...extra,
});

// the route is lazy and the page heavy (filters, date picker): on a busy machine it takes seconds
describe('审计 audit log', { timeout: 90000 }, () => {
  it('reads as sentences: who, which department, did what to which record, from which system', async () => {
    renderAuditWith([
      event(1, 'PII_READ', 'federation-lead', { detail: 'list: 101,102' }),
      event(2, 'SCOPE_DENIED', 'publicity-staff', { entityType: 'enterprise', entityLabel: '咸安机电有限公司' }),
    ]);
    const table = await screen.findByTestId('audit-table', {}, { timeout: 30000 });
    const sentences = await within(table).findAllByTestId('audit-sentence', {}, { timeout: 10000 });
    expect(sentences[0]).toHaveTextContent('张明华（区委宣传部）查看了敏感信息工人「王*霞」');
    expect(sentences[1]).toHaveTextContent('陈静（区委宣传部）越权访问被拒绝企业「咸安机电有限公司」');
    // the system by its name, the outcome by its label, one date-time format; no codes on screen
    expect(within(table).getAllByText('网页端')).toHaveLength(2);
    expect(within(table).getByText('已拒绝')).toBeInTheDocument();
    expect(within(table).getAllByText(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$/)).toHaveLength(2);
    expect(within(table).queryByText('federation-lead')).not.toBeInTheDocument();
    // the detail as a sentence, not the API's log text
    expect(within(table).getByText('在列表中查看了 2 条(编号 101, 102)')).toBeInTheDocument();
    expect(within(table).queryByText(/^list:/)).not.toBeInTheDocument();
    expect(within(table).queryByText(/PII_READ|SCOPE_DENIED|GRANTED/)).not.toBeInTheDocument();
  });

  it('filters by person, action and record kind through the API', async () => {
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
    const table = await screen.findByTestId('audit-table', {}, { timeout: 30000 });
    expect(await within(table).findByText('张明华', {}, { timeout: 10000 })).toBeInTheDocument();
    const user = userEvent.setup();
    await user.type(screen.getByPlaceholderText('姓名或登录名'), '陈静');
    await user.click(within(screen.getByTestId('audit-action')).getByRole('combobox'));
    await user.click(await screen.findByTitle('越权访问被拒绝'));
    await user.click(within(screen.getByTestId('audit-record-kind')).getByRole('combobox'));
    await user.click(await screen.findByTitle('工人'));
    await user.click(screen.getByRole('button', { name: '查 询' }));
    await waitFor(() => expect(seen.at(-1)?.get('action')).toBe('SCOPE_DENIED'));
    expect(seen.at(-1)?.get('actor')).toBe('陈静');
    expect(seen.at(-1)?.get('entityType')).toBe('worker');
    await waitFor(() => expect(within(table).queryByText('张明华')).not.toBeInTheDocument());
  });

  it('names the export events and offers an export', async () => {
    renderAuditWith([event(3, 'EXPORT_STARTED', 'federation-staff', { entityId: null, entityLabel: null, actorName: '李娜' }), event(4, 'EXPORT_FINISHED', 'service-account-hr-system', { actorName: '区人社局人事系统', clientId: 'hr-system', entityId: null, entityLabel: null })]);
    const table = await screen.findByTestId('audit-table', {}, { timeout: 30000 });
    expect(await within(table).findByText('开始导出', {}, { timeout: 10000 })).toBeInTheDocument();
    expect(within(table).getByText('完成导出')).toBeInTheDocument();
    expect(within(table).getAllByText('区人社局人事系统').length).toBeGreaterThanOrEqual(2); // the actor and the system
    expect(screen.getByTestId('audit-export')).toBeInTheDocument();
  });

  it('is not in the menu of a department user, and the route says so', async () => {
    renderApp('/audit', { user: testUsers.publicityStaff });
    expect(await screen.findByText(/无权访问|没有权限|403/)).toBeInTheDocument();
  });
});

function renderAuditWith(items: unknown[]) {
  server.use(http.get(apiUrl('/api/v1/audit-events'), () => HttpResponse.json({ items, total: items.length, page: 0, size: 20 })));
  renderApp('/audit', { user: testUsers.admin });
}
