import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { fixture } from '@/testing/fixture';
import { testUsers } from '@/testing/mocks/data';
import { apiUrl } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

import type { Statistics } from '../types';

import { application, approver, fund, hrssUser, reviewer, subsidyHandlers } from './fixtures';

const problem = (status: number, body: object) =>
  HttpResponse.json({ status, ...body }, { status, headers: { 'Content-Type': 'application/problem+json' } });

describe('培训补贴 drafts, evidence, budget and statistics', () => {
  it('edits a draft: the saved values are filled in, the PUT carries the version read, field errors land on their fields', async () => {
    const draft = application({ state: 'DRAFT', reviewedBy: undefined, notes: '第一批', version: 4 });
    const sent: unknown[] = [];
    server.use(
      ...subsidyHandlers(draft),
      http.put(apiUrl('/api/v1/subsidy-applications/9'), async ({ request }) => {
        const body = (await request.json()) as Record<string, unknown>;
        sent.push(body);
        if (sent.length === 1) {
          return problem(400, { type: '/problems/validation', title: '请求无效', errors: [{ field: 'update.request.trainingEnd', message: '培训结束日期不能早于开始日期' }] });
        }
        return HttpResponse.json({ ...draft, ...body, version: 5 });
      }),
    );
    const { user } = renderApp('/subsidies/applications/9', { user: reviewer });
    await user.click(await screen.findByTestId('action-edit'));
    const form = await screen.findByTestId('application-form');
    // the draft's enterprise (by name, before any search), trainees and notes are there
    expect(within(form).getByTestId('application-enterprise')).toHaveTextContent('咸安纺织有限公司');
    const rows = within(screen.getByTestId('trainees-table')).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(2);
    expect(rows[0]).toHaveTextContent('王晓霞');
    expect(within(form).getByLabelText('备注')).toHaveValue('第一批');

    await user.click(screen.getByTestId('application-save'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ enterpriseId: 70, programmeId: 5, trainees: [11, 13], trainingStart: '2020-03-01', trainingEnd: '2020-05-31', notes: '第一批', version: 4 });
    expect(await screen.findByText('培训结束日期不能早于开始日期')).toBeInTheDocument();

    await user.click(screen.getByTestId('application-save'));
    await waitFor(() => expect(sent).toHaveLength(2));
    await waitFor(() => expect(screen.getByTestId('application-detail')).toBeInTheDocument());
  }, 60_000);

  it('says a stale draft was changed by someone else and offers a reload', async () => {
    const draft = application({ state: 'DRAFT', version: 4 });
    server.use(
      ...subsidyHandlers(draft),
      http.put(apiUrl('/api/v1/subsidy-applications/9'), () => problem(409, { type: '/problems/stale-version', title: '数据已被修改' })),
    );
    const { user } = renderApp('/subsidies/applications/9/edit', { user: reviewer });
    await user.click(await screen.findByTestId('application-save'));
    expect(await screen.findByTestId('stale-version')).toHaveTextContent('该申请已被他人修改');
    expect(screen.getByTestId('stale-reload')).toBeInTheDocument();
  }, 30_000);

  it('refuses to edit an application that is no longer a draft, and shows no edit button on it', async () => {
    server.use(...subsidyHandlers(application({ state: 'SUBMITTED' })));
    const { user } = renderApp('/subsidies/applications/9/edit', { user: reviewer });
    expect(await screen.findByTestId('application-not-editable')).toHaveTextContent('已提交');
    await user.click(screen.getByRole('link', { name: '返回申请详情' }));
    await screen.findByTestId('application-detail');
    expect(screen.queryByTestId('action-edit')).not.toBeInTheDocument();
  }, 30_000);

  it('uploads evidence with progress, lists it for download, refuses a file above 10 MB in the browser and shows the server refusal', async () => {
    let app = application({ state: 'DRAFT', attachments: [] });
    const uploads: string[] = [];
    server.use(
      http.get(apiUrl('/api/v1/subsidy-applications/9'), () => HttpResponse.json(app)),
      ...subsidyHandlers(),
      http.post(apiUrl('/api/v1/subsidy-applications/9/attachments'), ({ request }) => {
        // jsdom's XMLHttpRequest does not carry the file's bytes to msw: the calls tell the files apart
        uploads.push(request.headers.get('content-type') ?? '');
        if (uploads.length > 1) {
          return problem(415, { type: '/problems/unsupported-file', title: '不支持的文件类型', detail: '只接受 PDF、PNG、JPEG 或 DOCX' });
        }
        const stored = { id: 31, fileName: '签到表.pdf', contentType: 'application/pdf', sizeBytes: 20_480, uploadedBy: 'hrss-reviewer', uploadedAt: '2020-06-01T02:00:00Z' };
        app = { ...app, attachments: [stored] };
        return HttpResponse.json(stored, { status: 201 });
      }),
    );
    const { user } = renderApp('/subsidies/applications/9', { user: reviewer });
    const card = await screen.findByTestId('application-attachments');
    expect(card).toHaveTextContent('暂无证明材料');
    // antd renders a fresh file input after each pick: find it each time
    const input = () => card.querySelector('input[type=file]') as HTMLInputElement;

    const big = new File([new Uint8Array(10 * 1024 * 1024 + 1)], '大文件.pdf', { type: 'application/pdf' });
    await user.upload(input(), big);
    expect(await screen.findByText('大文件.pdf 超过 10 MB,未上传')).toBeInTheDocument();
    expect(uploads).toHaveLength(0);

    await user.upload(input(), new File(['%PDF-1.7 培训签到表'], '签到表.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(uploads).toHaveLength(1));
    expect(uploads[0]).toContain('multipart/form-data');
    expect(await within(card).findByTestId('attachment-31')).toHaveTextContent('签到表.pdf');
    expect(within(card).getByTestId('attachment-31')).toHaveTextContent('20 KB');
    expect(within(card).getByRole('button', { name: '下载' })).toBeInTheDocument();

    await user.upload(input(), new File(['MZ'], '伪装成PDF的程序.pdf', { type: 'application/pdf' }));
    await waitFor(() => expect(card).toHaveTextContent('只接受 PDF、PNG、JPEG 或 DOCX'));
  }, 60_000);

  it.each(['SUBMITTED', 'REVIEWED', 'APPROVED'] as const)('offers no upload once the application is %s: evidence is frozen from submission', async (state) => {
    server.use(...subsidyHandlers(application({ state })));
    renderApp('/subsidies/applications/9', { user: state === 'APPROVED' ? approver : reviewer });
    await screen.findByTestId('application-attachments');
    expect(screen.queryByTestId('attachment-upload')).not.toBeInTheDocument();
    expect(screen.getByTestId('evidence-frozen')).toHaveTextContent('证明材料自提交起冻结');
  }, 30_000);

  it('offers the upload again on a returned application (a draft)', async () => {
    server.use(...subsidyHandlers(application({ state: 'DRAFT', reviewedBy: undefined })));
    renderApp('/subsidies/applications/9', { user: reviewer });
    expect(await screen.findByTestId('attachment-upload')).toBeInTheDocument();
    expect(screen.queryByTestId('evidence-frozen')).not.toBeInTheDocument();
  }, 30_000);

  it('adjusts a budget with a reason after confirming, not below what is used, and lists the changes', async () => {
    const sent: unknown[] = [];
    server.use(
      http.get(apiUrl('/api/v1/funds'), () => HttpResponse.json([{ ...fund, departmentCode: 'hrss' }])),
      ...subsidyHandlers(),
      http.post(apiUrl('/api/v1/funds/1/budget-adjustments'), async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json({ ...fund, budget: 30_000_000, version: 1 });
      }),
      http.get(apiUrl('/api/v1/funds/1/budget-adjustments'), () =>
        HttpResponse.json([{ id: 1, fundId: 1, actor: 'hrss-approver', actorName: '刘强', department: 'hrss', departmentName: '区人社局', adjustedAt: '2020-07-01T02:00:00Z', oldBudget: 26_730_000, newBudget: 30_000_000, reason: '追加上级资金' }]),
      ),
    );
    const { user } = renderApp('/subsidies', { user: approver });
    await user.click(await screen.findByTestId('fund-adjust-1'));
    const dialog = await screen.findByRole('dialog');
    const amount = within(dialog).getByTestId('budget-input');
    await user.clear(amount);
    await user.type(amount, '100000');
    await user.click(within(dialog).getByTestId('budget-save'));
    expect(await within(dialog).findByText('不能低于已承诺与已发放之和 ¥420,000.00')).toBeInTheDocument();
    expect(await within(dialog).findByText('请填写调整原因')).toBeInTheDocument();

    await user.clear(amount);
    await user.type(amount, '30000000');
    await user.type(within(dialog).getByTestId('budget-reason'), '追加上级资金');
    await user.click(within(dialog).getByTestId('budget-save'));
    await user.click(await screen.findByTestId('budget-confirm'));
    await waitFor(() => expect(sent).toEqual([{ budget: 30_000_000, reason: '追加上级资金', version: 0 }]));
    expect(await screen.findByText('预算已调整')).toBeInTheDocument();

    await user.click(screen.getByTestId('fund-history-1'));
    const changes = await screen.findByTestId('budget-history');
    expect(await within(changes).findByText('追加上级资金')).toBeInTheDocument();
    expect(changes).toHaveTextContent('¥26,730,000.00');
    expect(changes).toHaveTextContent('¥30,000,000.00');
    // who: the name and department at the time, not the login
    expect(within(changes).getByTestId('person-name')).toHaveTextContent('刘强 · 区人社局');
    expect(changes).not.toHaveTextContent('hrss-approver');
  }, 60_000);

  it('shows the refusal of a budget below the commitments (409) in the dialog', async () => {
    server.use(
      http.get(apiUrl('/api/v1/funds'), () => HttpResponse.json([{ ...fund, committed: 0, disbursed: 0, departmentCode: 'hrss' }])),
      ...subsidyHandlers(),
      http.post(apiUrl('/api/v1/funds/1/budget-adjustments'), () =>
        problem(409, { type: '/problems/budget-below-commitments', title: '冲突', detail: '预算不能低于已承诺与已发放之和 500000.00 元' }),
      ),
    );
    const { user } = renderApp('/subsidies', { user: approver });
    await user.click(await screen.findByTestId('fund-adjust-1'));
    const dialog = await screen.findByRole('dialog');
    const amount = within(dialog).getByTestId('budget-input');
    await user.clear(amount);
    await user.type(amount, '1000');
    await user.type(within(dialog).getByTestId('budget-reason'), '核减');
    await user.click(within(dialog).getByTestId('budget-save'));
    await user.click(await screen.findByTestId('budget-confirm'));
    expect(await within(dialog).findByTestId('budget-error')).toHaveTextContent('预算不能低于已承诺与已发放之和 500000.00 元');
  }, 60_000);

  it('shows no budget adjustment to a reviewer or to an approver of another department', async () => {
    // handlers given first answer first
    server.use(http.get(apiUrl('/api/v1/funds'), () => HttpResponse.json([{ ...fund, departmentCode: 'hrss' }])), ...subsidyHandlers());
    const otherApprover = hrssUser('fed-approver', ['staff', 'subsidy-approver']);
    otherApprover.auth = { ...otherApprover.auth, department: 'fed' };
    const { unmount } = renderApp('/subsidies', { user: otherApprover });
    await screen.findByTestId('fund-row-1');
    expect(screen.queryByTestId('fund-adjust-1')).not.toBeInTheDocument();
    expect(screen.getByTestId('fund-history-1')).toBeInTheDocument();
    unmount();

    renderApp('/subsidies', { user: reviewer });
    await screen.findByTestId('fund-row-1');
    expect(screen.queryByTestId('fund-adjust-1')).not.toBeInTheDocument();
  }, 30_000);

  it('gives an analyst the statistics page alone, with 已隐藏 for hidden groups (counts and money)', async () => {
    const stats: Statistics = fixture<Statistics>({
      suppressionApplied: true,
      total: { key: 'all', budget: 59_060_000, committed: 0, disbursed: 12_000_000, applications: 140, trainees: 3200, suppressed: false },
      byYear: [
        { key: '2019', label: '2019', budget: 32_330_000, committed: 0, disbursed: 6_000_000, applications: 70, trainees: 1600, suppressed: false },
        { key: '2020', label: '2020', budget: 26_730_000, committed: 0, disbursed: 6_000_000, applications: 70, trainees: 1600, suppressed: false },
      ],
      bySource: [{ key: 'EMPLOYMENT_SUBSIDY', label: '就业补助资金', budget: 46_050_000, disbursed: 6_000_000, applications: 60, trainees: 1500, suppressed: false }],
      byProgramme: [
        {
          key: 'SKILL_CERTIFICATION',
          label: '职业技能等级认定补贴',
          disbursed: null,
          committed: null,
          applications: null,
          trainees: null,
          suppressed: true,
        },
      ],
      byIndustry: [{ key: 'textiles', label: '纺织服装', disbursed: 5_000_000, applications: 50, trainees: 1200, suppressed: false }],
    });
    const years: (string | null)[] = [];
    server.use(
      http.get(apiUrl('/api/v1/statistics/subsidies'), ({ request }) => {
        years.push(new URL(request.url).searchParams.get('year'));
        return HttpResponse.json(stats);
      }),
    );
    const { user } = renderApp('/subsidies/statistics', { user: testUsers.analyst });
    expect(await screen.findByTestId('stats-suppressed')).toBeInTheDocument();
    expect(screen.getByTestId('stats-total-trainees')).toHaveTextContent('3,200');
    const programmes = screen.getByTestId('stats-by-programme');
    expect(within(programmes).getByTestId('cell-trainees')).toHaveTextContent('已隐藏');
    expect(within(programmes).getAllByText('已隐藏')).toHaveLength(4);
    expect(screen.getByTestId('stats-suppressed')).toHaveTextContent('小于 5 的数据');
    expect(within(screen.getByTestId('stats-by-industry')).getByText('纺织服装')).toBeInTheDocument();
    expect(screen.getByTestId('stats-by-year')).toBeInTheDocument();

    await user.click(screen.getByTestId('stats-year').querySelector('input')!);
    await user.click(await screen.findByTitle('2019'));
    await waitFor(() => expect(years).toContain('2019'));

    // the menu offers the analyst statistics, not funds or applications
    expect(screen.getByRole('menuitem', { name: /补贴统计/ })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: /资金概况/ })).not.toBeInTheDocument();
  }, 60_000);
});
