import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { apiUrl } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

import { application, approver, enterprise, reviewer, subsidyHandlers } from './fixtures';

describe('培训补贴 subsidies', () => {
  it('shows each fund with budget, committed, disbursed and remaining, and lets an approver create a fund with checks', async () => {
    const sent: unknown[] = [];
    server.use(
      ...subsidyHandlers(),
      http.post(apiUrl('/api/v1/funds'), async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json(
          { type: '/problems/validation', title: '请求无效', status: 400, errors: [{ field: 'create.request.name', message: '同一年度已有同名资金' }] },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    const { user } = renderApp('/subsidies', { user: approver });
    const row = await screen.findByTestId('fund-row-1');
    expect(within(row).getByTestId('fund-budget')).toHaveTextContent('¥26,730,000.00');
    expect(within(row).getByTestId('fund-committed')).toHaveTextContent('¥120,000.00');
    expect(within(row).getByTestId('fund-disbursed')).toHaveTextContent('¥300,000.00');
    expect(within(row).getByTestId('fund-remaining')).toHaveTextContent('¥26,310,000.00');
    expect(screen.getByTestId('fund-chart')).toBeInTheDocument();
    expect(await screen.findByText('2020年岗前培训')).toBeInTheDocument();

    await user.click(screen.getByTestId('fund-create'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByTestId('fund-save'));
    expect(await within(dialog).findByText('请填写资金名称')).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await user.click(within(dialog).getByLabelText('资金来源'));
    await user.click(await screen.findByTitle('地方配套资金'));
    await user.click(within(dialog).getByLabelText('资金名称'));
    await user.paste('2020年地方配套');
    await user.click(within(dialog).getByLabelText('预算'));
    await user.paste('5000000');
    await user.click(within(dialog).getByTestId('fund-save'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ source: 'LOCAL_MATCHING', name: '2020年地方配套', budget: 5_000_000 });
    expect(await within(dialog).findByText('同一年度已有同名资金')).toBeInTheDocument();
  }, 60_000);

  it('hides fund creation from a reviewer', async () => {
    server.use(...subsidyHandlers());
    renderApp('/subsidies', { user: reviewer });
    await screen.findByTestId('fund-row-1');
    expect(screen.queryByTestId('fund-create')).not.toBeInTheDocument();
  }, 30_000);

  it('lists applications with a count per state tab, filters by state on the server and exports the list', async () => {
    const seen: URLSearchParams[] = [];
    const totals: Record<string, number> = { DRAFT: 2, SUBMITTED: 3, REVIEWED: 1, APPROVED: 0, DISBURSED: 4, REJECTED: 1 };
    server.use(
      ...subsidyHandlers(),
      http.get(apiUrl('/api/v1/subsidy-applications'), ({ request }) => {
        const params = new URL(request.url).searchParams;
        seen.push(params);
        const state = params.get('state');
        const total = params.get('size') === '200' ? 1 : state ? (totals[state] ?? 0) : 11;
        return HttpResponse.json({ items: params.get('size') === '1' ? [] : [application({ state: (state as never) ?? 'REVIEWED' })], total, page: 0, size: 20 });
      }),
    );
    const createObjectURL = vi.fn((_blob: Blob) => 'blob:x');
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const { user } = renderApp('/subsidies/applications', { user: reviewer });
    const table = await screen.findByTestId('applications-table');
    expect(await within(table).findByRole('link', { name: enterprise.name })).toBeInTheDocument();
    await waitFor(() => expect(screen.getByTestId('count-SUBMITTED')).toHaveTextContent('3'));
    expect(screen.getByTestId('count-ALL')).toHaveTextContent('11');

    await user.click(screen.getByTestId('tab-SUBMITTED'));
    await waitFor(() => expect(seen.some((p) => p.get('state') === 'SUBMITTED' && p.get('size') === '20')).toBe(true));

    await user.click(screen.getByTestId('applications-export'));
    await waitFor(() => expect(createObjectURL).toHaveBeenCalled());
    expect(seen.some((p) => p.get('state') === 'SUBMITTED' && p.get('size') === '200')).toBe(true);
    expect(await screen.findByText('已导出 1 条申请')).toBeInTheDocument();
    // the file holds the exported row: a header line and the application's enterprise
    const csv = await createObjectURL.mock.calls[0]![0].text();
    expect(csv.split('\r\n').filter(Boolean)).toHaveLength(2);
    expect(csv).toContain(enterprise.name!);
  }, 60_000);

  it('shows eligibility and the computed amount per trainee, and puts the server field errors on the trainees', async () => {
    const sent: unknown[] = [];
    server.use(
      ...subsidyHandlers(),
      http.post(apiUrl('/api/v1/subsidy-applications'), async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json(
          { type: '/problems/validation', title: '请求无效', status: 400, errors: [{ field: 'trainees[1]', message: '李建国在培训期间不是本企业的在职职工' }] },
          { status: 400, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    const { user } = renderApp('/subsidies/applications/new', { user: reviewer });
    await screen.findByTestId('application-form');
    await user.click(screen.getByTestId('application-save'));
    expect(await screen.findByText('请至少选择一名学员')).toBeInTheDocument();
    expect(screen.getByText('请填写申请企业')).toBeInTheDocument();

    await user.click(screen.getByLabelText('申请企业'));
    await user.click(await screen.findByText(`${enterprise.name} · ${enterprise.creditCode}`));
    await user.click(screen.getByLabelText('补贴项目'));
    await user.click(await screen.findByTitle('2020年岗前培训'));
    // trainees are looked up by name (two characters or more) among the chosen enterprise's workers
    const search = within(screen.getByTestId('trainee-search')).getByRole('combobox');
    await user.click(search);
    await user.keyboard('王晓');
    await user.click(await screen.findByText(/王晓霞 · /));
    await user.click(search);
    await user.keyboard('李建');
    await user.click(await screen.findByText(/李建国 · /));

    const rows = within(screen.getByTestId('trainees-table')).getAllByRole('row').slice(1);
    expect(within(rows[0]!).getByTestId('trainee-eligibility')).toHaveTextContent('本企业在职');
    expect(within(rows[0]!).getByTestId('trainee-amount')).toHaveTextContent('¥1,200.00');
    expect(within(rows[1]!).getByTestId('trainee-eligibility')).toHaveTextContent('本企业在职');
    expect(within(rows[1]!).getByTestId('trainee-amount')).toHaveTextContent('¥1,500.00');
    expect(screen.getByTestId('application-amount')).toHaveTextContent('¥2,700.00');

    await user.click(screen.getByLabelText('培训开始日期'));
    await user.paste('2020-03-01');
    await user.keyboard('{Enter}');
    await user.click(screen.getByLabelText('培训结束日期'));
    await user.paste('2020-05-31');
    await user.keyboard('{Enter}');
    await user.click(screen.getByTestId('application-save'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toEqual({ enterpriseId: 70, programmeId: 5, trainees: [11, 12], trainingStart: '2020-03-01', trainingEnd: '2020-05-31' });
    const rowsAfter = within(screen.getByTestId('trainees-table')).getAllByRole('row').slice(1);
    expect(await within(rowsAfter[1]!).findByText('李建国在培训期间不是本企业的在职职工')).toBeInTheDocument();
  }, 90_000);

  it('gives a reviewer the review step only, with the timeline of who did what', async () => {
    server.use(...subsidyHandlers(application({ state: 'SUBMITTED', reviewedBy: undefined })));
    renderApp('/subsidies/applications/9', { user: reviewer });
    const actions = await screen.findByTestId('application-actions');
    expect(within(actions).getByTestId('action-review')).toBeInTheDocument();
    expect(within(actions).getByTestId('action-return')).toBeInTheDocument();
    expect(within(actions).queryByTestId('action-approve')).not.toBeInTheDocument();
    expect(within(actions).queryByTestId('action-disburse')).not.toBeInTheDocument();
    const timeline = await screen.findByTestId('application-timeline');
    expect(within(timeline).getByTestId('event-SUBMIT')).toHaveTextContent('草稿 → 已提交');
    expect(within(timeline).getByTestId('event-SUBMIT')).toHaveTextContent('hrss-staff(hrss)');
  }, 30_000);

  it('keeps an approver from approving what they reviewed', async () => {
    server.use(...subsidyHandlers(application({ reviewedBy: 'hrss-approver' })));
    renderApp('/subsidies/applications/9', { user: approver });
    expect(await screen.findByTestId('own-review')).toBeInTheDocument();
    expect(screen.queryByTestId('action-approve')).not.toBeInTheDocument();
    expect(screen.queryByTestId('action-reject')).not.toBeInTheDocument();
  }, 30_000);

  it('confirms an approval and shows a 409 from the server clearly', async () => {
    const sent: unknown[] = [];
    server.use(
      ...subsidyHandlers(),
      http.post(apiUrl('/api/v1/subsidy-applications/9/approve'), async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json(
          { type: '/problems/fund-exhausted', title: '资金余额不足', status: 409, detail: '2020年就业补助资金剩余 1,000.00 元,不足以批准 2,700.00 元' },
          { status: 409, headers: { 'Content-Type': 'application/problem+json' } },
        );
      }),
    );
    const { user } = renderApp('/subsidies/applications/9', { user: approver });
    await user.click(await screen.findByTestId('action-approve'));
    expect(await screen.findByText(/审批通过将从资金中承诺 ¥2,700.00/)).toBeInTheDocument();
    expect(sent).toHaveLength(0);
    await user.click(screen.getByTestId('confirm-approve'));
    await waitFor(() => expect(sent).toEqual([{ version: 3 }]));
    const alert = await screen.findByTestId('action-conflict');
    expect(alert).toHaveTextContent('操作被拒绝(409): 资金余额不足');
    expect(alert).toHaveTextContent('不足以批准 2,700.00 元');
  }, 30_000);

  it('asks for a reason before rejecting', async () => {
    const sent: unknown[] = [];
    server.use(
      ...subsidyHandlers(),
      http.post(apiUrl('/api/v1/subsidy-applications/9/reject'), async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json(application({ state: 'REJECTED' }));
      }),
    );
    const { user } = renderApp('/subsidies/applications/9', { user: approver });
    await user.click(await screen.findByTestId('action-reject'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByTestId('reason-confirm'));
    expect(await within(dialog).findByText('请填写原因')).toBeInTheDocument();
    expect(sent).toHaveLength(0);
    await user.click(within(dialog).getByTestId('reason-input'));
    await user.paste('培训台账不完整');
    await user.click(within(dialog).getByTestId('reason-confirm'));
    await waitFor(() => expect(sent).toEqual([{ version: 3, reason: '培训台账不完整' }]));
  }, 30_000);
});
