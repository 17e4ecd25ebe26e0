import { http, HttpResponse } from 'msw';
import { afterAll, describe, expect, it, vi } from 'vitest';

import { apiUrl } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, testUsers, waitFor, within } from '@/testing/test-utils';

import { PROBLEM, aTask, assessment, taskHandlers } from './task-mocks';

const noticeEscalated = {
  id: 31,
  taskId: 1,
  text: '请于月底前报送进展',
  issuedBy: 'federation-lead',
  issuedByName: '张明华',
  issuedAt: '2026-07-01T02:00:00Z',
  dueDate: '2026-07-08',
  open: true,
  version: 2,
  escalationLevel: 'URGE',
  escalatedOn: '2026-07-11',
};

// React's scheduler may still hold a pass of work queued by the last page's answers: let it run
// before the test environment (and its window) is torn down
afterAll(() => new Promise<void>((resolve) => setTimeout(resolve, 300)));

describe('督办升级 escalation in the task detail', () => {
  it('tags an escalated notice by its level label and shows the system actor by name in the timeline', async () => {
    server.use(
      http.get(apiUrl('/api/v1/tasks/1/supervision-notices'), () => HttpResponse.json([noticeEscalated])),
      http.get(apiUrl('/api/v1/tasks/1/history'), () =>
        HttpResponse.json([
          { id: 43, kind: 'ESCALATED', actor: 'system', actorName: '系统自动督办', occurredAt: '2026-07-11T01:00:00Z', text: '催办：请立即答复' },
        ]),
      ),
      ...taskHandlers(),
    );
    renderApp('/tasks/1', { user: testUsers.publicityStaff });
    const notices = await screen.findByTestId('notices');
    expect(await within(notices).findByTestId('notice-escalation')).toHaveTextContent('催办');
    expect(notices).toHaveTextContent('2026-07-11 升级');
    const timeline = await screen.findByTestId('timeline');
    const entry = await within(timeline).findByTestId('timeline-entry');
    expect(entry).toHaveTextContent('督办升级');
    expect(entry).toHaveTextContent('系统自动督办');
    expect(entry).not.toHaveTextContent(/\bsystem\b/);
  });
});

describe('延期申请 extension requests', () => {
  it('lets an assigned department ask with a reason and a later date (both required)', async () => {
    let body: unknown;
    server.use(
      http.post(apiUrl('/api/v1/tasks/1/extension-requests'), async ({ request }) => {
        body = await request.json();
        return HttpResponse.json({ id: 61, status: 'PENDING' }, { status: 201 });
      }),
      ...taskHandlers(),
    );
    const { user } = renderApp('/tasks/1', { user: testUsers.publicityStaff });
    await user.click(await screen.findByTestId('extension-create'));
    const form = await screen.findByTestId('extension-form');
    await user.click(await screen.findByTestId('extension-submit', {}, { timeout: 10_000 }));
    expect(await within(form).findByText('请填写申请延期至')).toBeInTheDocument();
    expect(within(form).getByText('请填写申请理由')).toBeInTheDocument();
    await user.type(within(form).getByLabelText('申请理由'), '场地尚未落实');
    await user.click(within(form).getByLabelText('申请延期至'));
    // Enter in the date field submits the form
    await user.type(within(form).getByLabelText('申请延期至'), '2027-03-31{Enter}');
    await waitFor(() => expect(body).toEqual({ reason: '场地尚未落实', requestedDeadline: '2027-03-31' }));
    // the answer is handled before the test ends: the form closes
    await waitFor(() => expect(screen.queryByTestId('extension-form')).not.toBeInTheDocument());
  }, 30_000);

  it('lets the lead unit approve after a confirmation and refuse with a reason; decisions show names and labels', async () => {
    const decisions: { action: string; body: unknown }[] = [];
    const pending = {
      id: 61,
      taskId: 1,
      department: { code: 'publicity', name: '区委宣传部' },
      requestedBy: 'publicity-staff',
      requestedByName: '陈静',
      reason: '场地尚未落实',
      currentDeadline: '2026-12-31',
      requestedDeadline: '2027-03-31',
      status: 'PENDING',
      createdAt: '2026-11-01T01:00:00Z',
      version: 0,
    };
    const refused = { ...pending, id: 60, status: 'REFUSED', decidedBy: 'federation-lead', decidedByName: '张明华', decidedAt: '2026-10-01T01:00:00Z', decisionReason: '请按期完成' };
    server.use(
      http.get(apiUrl('/api/v1/tasks/1/extension-requests'), () => HttpResponse.json([pending, refused])),
      http.post(apiUrl('/api/v1/tasks/1/extension-requests/61/:action'), async ({ request, params }) => {
        decisions.push({ action: params.action as string, body: await request.json() });
        return HttpResponse.json({ ...pending, status: params.action === 'approve' ? 'APPROVED' : 'REFUSED' });
      }),
      ...taskHandlers(),
    );
    const { user } = renderApp('/tasks/1', { user: testUsers.federationLead });
    const card = await screen.findByTestId('extensions');
    const items = await within(card).findAllByTestId('extension');
    expect(within(items[0]).getByTestId('extension-status')).toHaveTextContent('待审批');
    expect(items[0]).toHaveTextContent('陈静');
    expect(within(items[1]).getByTestId('extension-status')).toHaveTextContent('已驳回');
    expect(within(items[1]).getByTestId('extension-decision')).toHaveTextContent('张明华');
    expect(within(items[1]).getByTestId('extension-decision')).toHaveTextContent('请按期完成');
    // a pending request: the department cannot ask again, the lead unit decides
    expect(within(card).queryByTestId('extension-create')).not.toBeInTheDocument();

    await user.click(within(items[0]).getByTestId('extension-approve'));
    expect(decisions).toEqual([]);
    await user.click(await screen.findByTestId('extension-approve-confirm'));
    await waitFor(() => expect(decisions).toEqual([{ action: 'approve', body: { version: 0 } }]));

    await user.click(within(items[0]).getByTestId('extension-refuse'));
    await user.click(await screen.findByTestId('reason-submit'));
    await user.click(await screen.findByTestId('reason-confirm'));
    expect(await screen.findByText('请填写原因')).toBeInTheDocument();
    await user.type(screen.getByLabelText('原因'), '理由不充分');
    await user.click(screen.getByTestId('reason-submit'));
    await user.click(await screen.findByTestId('reason-confirm'));
    await waitFor(() => expect(decisions[1]).toEqual({ action: 'refuse', body: { reason: '理由不充分', version: 0 } }));
  }, 30_000);
});

describe('验收 sign-off', () => {
  it('offers sign-off and send-back to the lead unit on a task awaiting it, confirmed, with a reason to send back', async () => {
    const calls: { action: string; body: unknown }[] = [];
    server.use(
      http.post(apiUrl('/api/v1/tasks/1/:action'), async ({ request, params }) => {
        calls.push({ action: params.action as string, body: await request.json() });
        if (params.action === 'sign-off') {
          return HttpResponse.json({ type: '/problems/stale-version', title: '版本已过期', status: 409, detail: '该任务已被他人修改' }, { status: 409, headers: PROBLEM });
        }
        return HttpResponse.json(aTask({ status: 'IN_PROGRESS', sentBack: true, sentBackReason: '缺少佐证材料' }));
      }),
      ...taskHandlers(aTask({ status: 'PENDING_SIGN_OFF', statusLabel: '待验收', achieved: 200, completionPercent: 100 })),
    );
    const { user } = renderApp('/tasks/1', { user: testUsers.federationLead });
    // the label once the dictionaries are there
    await waitFor(() => expect(screen.getByTestId('task-status')).toHaveTextContent('待验收'));
    await user.click(screen.getByTestId('sign-off'));
    await user.click(await screen.findByTestId('sign-off-confirm'));
    await waitFor(() => expect(calls).toEqual([{ action: 'sign-off', body: { version: 3 } }]));
    expect(await screen.findByText(/该任务已被他人修改/)).toBeInTheDocument();

    await user.click(screen.getByTestId('send-back'));
    await user.type(await screen.findByLabelText('原因'), '缺少佐证材料');
    await user.click(screen.getByTestId('reason-submit'));
    await user.click(await screen.findByTestId('reason-confirm'));
    await waitFor(() => expect(calls[1]).toEqual({ action: 'send-back', body: { reason: '缺少佐证材料', version: 3 } }));
    await waitFor(() => expect(screen.queryByTestId('reason-submit')).not.toBeInTheDocument());
  }, 30_000);

  it('shows no sign-off to department staff nor on a task not awaiting it; shows why a report was sent back', async () => {
    server.use(...taskHandlers(aTask({ status: 'IN_PROGRESS', sentBack: true, sentBackReason: '缺少佐证材料' })));
    renderApp('/tasks/1', { user: testUsers.federationLead });
    expect(await screen.findByTestId('task-sent-back')).toHaveTextContent('缺少佐证材料');
    expect(screen.queryByTestId('sign-off')).not.toBeInTheDocument();
  });
});

describe('年度考核 assessment on the board', () => {
  it('ranks the departments in a table with labels and a chart, and exports the CSV', async () => {
    let accept: string | null = null;
    server.use(
      http.get(apiUrl('/api/v1/tasks/assessment'), ({ request }) => {
        if (request.headers.get('Accept') === 'text/csv') {
          accept = request.headers.get('Accept');
          return new HttpResponse('\ufeff年度,排名\n', {
            headers: { 'Content-Type': 'text/csv', 'Content-Disposition': 'attachment; filename="task-assessment-2026.csv"' },
          });
        }
        return HttpResponse.json(assessment);
      }),
      ...taskHandlers(),
    );
    const createObjectURL = vi.fn(() => 'blob:assessment');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const { user } = renderApp('/tasks/board', { user: testUsers.federationLead });
    const card = await screen.findByTestId('assessment');
    const table = await within(card).findByTestId('assessment-ranking');
    expect(within(table).getByTestId('assessment-rank-publicity')).toHaveTextContent('1');
    expect(within(table).getByTestId('assessment-rank-scitech')).toHaveTextContent('2');
    expect(within(table).getByTestId('assessment-rank-hrss')).toHaveTextContent('—');
    expect(table).toHaveTextContent('催办');
    expect(table).toHaveTextContent('通报');
    expect(table).toHaveTextContent('区科经局');
    expect(table).not.toHaveTextContent('NOTIFY_LEAD');
    expect(within(card).getByTestId('assessment-formula')).toHaveTextContent('0.6 × 按期完成率');
    await user.click(within(card).getByTestId('assessment-export'));
    await waitFor(() => expect(accept).toBe('text/csv'));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
  }, 30_000);

  it('is not shown to analysts, who see the board only', async () => {
    server.use(...taskHandlers());
    renderApp('/tasks/board', { user: testUsers.analyst });
    await screen.findByTestId('task-board');
    expect(screen.queryByTestId('assessment')).not.toBeInTheDocument();
  });
});
