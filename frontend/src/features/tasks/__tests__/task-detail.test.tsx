import { http, HttpResponse } from 'msw';
import { describe, expect, it, vi } from 'vitest';

import { apiUrl } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { TEST_TOKEN, renderApp, screen, testUsers, waitFor, within } from '@/testing/test-utils';

import { PROBLEM, aTask, taskHandlers } from './task-mocks';

const fieldOf = (label: string) => screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;

describe('任务详情 task detail', () => {
  it('shows the task, its notices, reports and timeline, and the lead unit its actions', async () => {
    server.use(...taskHandlers());
    renderApp('/tasks/1', { user: testUsers.federationLead });
    expect(await screen.findByTestId('task-title')).toHaveTextContent('开展“双宣讲”活动');
    expect(screen.getByTestId('task-achieved')).toHaveTextContent('40 / 200 场');
    expect(await within(screen.getByTestId('notices')).findByText('请于月底前报送进展')).toBeInTheDocument();
    expect(within(screen.getByTestId('notices')).getByTestId('notice-state')).toHaveTextContent('待回复');
    expect(await within(screen.getByTestId('reports')).findByText('上半年开展宣讲40场')).toBeInTheDocument();
    expect(await within(screen.getByTestId('timeline')).findAllByTestId('timeline-entry')).toHaveLength(2);
    expect(within(screen.getByTestId('timeline')).getByText('报送进展')).toBeInTheDocument();
    expect(screen.getByTestId('task-edit')).toBeInTheDocument();
    expect(screen.getByTestId('notice-create')).toBeInTheDocument();
    // federation co-operates on this task, so its staff may report and answer too
    expect(screen.getByTestId('report-create')).toBeInTheDocument();
  });

  it('names the department of each timeline entry, not its code', async () => {
    server.use(...taskHandlers());
    renderApp('/tasks/1');
    const timeline = await screen.findByTestId('timeline');
    const entries = await within(timeline).findAllByTestId('timeline-entry');
    expect(entries[0]).toHaveTextContent('区总工会 · federation-lead');
    expect(entries[1]).toHaveTextContent('区委宣传部 · publicity-staff');
    expect(timeline).not.toHaveTextContent(/\bpublicity\b ·/);
  });

  it('shows the tracked indicator with its current value and the milestones, done or not, with their dates', async () => {
    const years: (string | null)[] = [];
    server.use(
      http.get(apiUrl('/api/v1/indicators'), ({ request }) => {
        years.push(new URL(request.url).searchParams.get('year'));
        return HttpResponse.json([{ code: 'training.sessions', label: '技能培训场次', labelEn: 'Skills training sessions', unit: '场', value: 17 }]);
      }),
      ...taskHandlers(
        aTask({
          indicatorCode: 'training.sessions',
          targetValue: undefined,
          completionPercent: 50,
          milestones: [
            { id: 7, title: '印发工作方案', dueDate: '2026-03-31', done: true, doneOn: '2026-03-20' },
            { id: 8, title: '召开推进会', dueDate: '2026-06-30', done: false, doneOn: null },
          ],
        }),
      ),
    );
    renderApp('/tasks/1', { user: testUsers.publicityStaff });
    expect(await screen.findByTestId('task-indicator')).toHaveTextContent('技能培训场次：当前 17 场');
    expect(years).toEqual(['2026']);
    // without a target value, progress is the milestones done
    expect(screen.getByTestId('task-achieved')).toHaveTextContent('已完成里程碑 1 / 2 个');
    const milestones = screen.getAllByTestId('milestone');
    expect(milestones).toHaveLength(2);
    expect(milestones[0]).toHaveTextContent('已完成 2026-03-20');
    expect(milestones[0]).toHaveTextContent('印发工作方案');
    expect(milestones[1]).toHaveTextContent('未完成');
    expect(milestones[1]).toHaveTextContent('召开推进会');
    expect(milestones[1]).toHaveTextContent('计划 2026-06-30 完成');
  });

  it('shows no indicator for a task counted by its reports', async () => {
    server.use(...taskHandlers());
    renderApp('/tasks/1');
    await screen.findByTestId('task-title');
    expect(screen.queryByTestId('task-indicator')).not.toBeInTheDocument();
    expect(screen.queryByTestId('milestones')).not.toBeInTheDocument();
  });

  it('hides the lead unit actions from department staff', async () => {
    server.use(...taskHandlers());
    renderApp('/tasks/1', { user: testUsers.publicityStaff });
    await screen.findByTestId('task-title');
    expect(screen.getByTestId('report-create')).toBeInTheDocument();
    expect(screen.queryByTestId('task-edit')).not.toBeInTheDocument();
    expect(screen.queryByTestId('task-suspend')).not.toBeInTheDocument();
    expect(screen.queryByTestId('notice-create')).not.toBeInTheDocument();
  });

  it('sends the version read on edit and on a stale version says so and reloads the newer task', async () => {
    let version = 3;
    const sent: { version?: number }[] = [];
    server.use(
      http.get(apiUrl('/api/v1/tasks/1'), () => HttpResponse.json(aTask({ version, title: version > 3 ? '开展“双宣讲”活动（新）' : '开展“双宣讲”活动' }))),
      http.put(apiUrl('/api/v1/tasks/1'), async ({ request }) => {
        sent.push((await request.json()) as { version?: number });
        if (sent.length === 1) {
          version = 4;
          return HttpResponse.json(
            { type: '/problems/stale-version', title: '数据已被他人修改', status: 409, detail: '请刷新后重试' },
            { status: 409, headers: PROBLEM },
          );
        }
        return HttpResponse.json(aTask({ version: 5 }));
      }),
      ...taskHandlers(),
    );
    const { user } = renderApp('/tasks/1');
    await user.click(await screen.findByTestId('task-edit'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByTestId('task-save'));
    expect(await within(dialog).findByTestId('stale-version')).toHaveTextContent('任务已被他人修改');
    expect(sent[0]).toMatchObject({ version: 3, leadDepartment: 'publicity', cooperatingDepartments: ['federation'] });

    await user.click(within(dialog).getByTestId('stale-reload'));
    await waitFor(() => expect(screen.getByLabelText('任务名称')).toHaveValue('开展“双宣讲”活动（新）'));
    expect(within(dialog).queryByTestId('stale-version')).not.toBeInTheDocument();
    await user.click(within(dialog).getByTestId('task-save'));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent[1]).toMatchObject({ version: 4 });
  }, 60_000);

  it('suspends only with a reason and after a confirmation', async () => {
    const sent: unknown[] = [];
    server.use(
      http.post(apiUrl('/api/v1/tasks/1/suspend'), async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json(aTask({ status: 'SUSPENDED', suspended: true }));
      }),
      ...taskHandlers(),
    );
    const { user } = renderApp('/tasks/1');
    await user.click(await screen.findByTestId('task-suspend'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByTestId('reason-submit'));
    await user.click(await screen.findByTestId('reason-confirm'));
    expect(await within(fieldOf('原因')).findByText('请填写原因')).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await user.type(screen.getByLabelText('原因'), '等待上级文件');
    await user.click(within(dialog).getByTestId('reason-submit'));
    expect(await screen.findByText('暂停后各单位不能再报送进展，确定暂停？')).toBeInTheDocument();
    await user.click(screen.getByTestId('reason-confirm'));
    await waitFor(() => expect(sent).toEqual([{ reason: '等待上级文件', version: 3 }]));
  }, 60_000);

  it('files a report, then uploads its evidence to it, and refuses a file above 10 MB in the browser', async () => {
    const calls: string[] = [];
    let uploaded: File | undefined;
    server.use(
      http.post(apiUrl('/api/v1/tasks/1/progress-reports'), async ({ request }) => {
        calls.push(`report ${JSON.stringify(await request.json())}`);
        return HttpResponse.json({ id: 12, taskId: 1, narrative: 'x', attachments: [] }, { status: 201 });
      }),
      http.post(apiUrl('/api/v1/tasks/1/progress-reports/12/attachments'), async ({ request }) => {
        uploaded = (await request.formData()).get('file') as File;
        calls.push(`upload ${request.headers.get('Authorization')}`);
        return HttpResponse.json({ id: 22, fileName: uploaded.name }, { status: 201 });
      }),
      ...taskHandlers(),
    );
    const { user } = renderApp('/tasks/1', { user: testUsers.publicityStaff });
    await user.click(await screen.findByTestId('report-create'));
    const dialog = await screen.findByRole('dialog');
    // rc-upload renders a new input after each pick
    const input = () => dialog.querySelector('input[type=file]') as HTMLInputElement;

    await user.upload(input(), new File([new Uint8Array(10 * 1024 * 1024 + 1)], '大照片.png', { type: 'image/png' }));
    expect(await within(dialog).findByTestId('file-error')).toHaveTextContent('大照片.png 超过 10 MB');
    expect(within(dialog).queryByText('大照片.png')).not.toBeInTheDocument();

    await user.upload(input(), new File([new Uint8Array([0x89, 0x50, 0x4e, 0x47])], '宣讲照片.png', { type: 'image/png' }));
    expect(await within(dialog).findByText('宣讲照片.png')).toBeInTheDocument();
    await user.type(screen.getByLabelText('进展情况'), '开展宣讲10场');
    await user.type(screen.getByLabelText('本次完成数量 (场)'), '10');
    await user.click(within(dialog).getByTestId('report-submit'));

    await waitFor(() => expect(calls).toHaveLength(2));
    expect(calls[0]).toMatch(/^report /);
    expect(JSON.parse(calls[0]!.slice(7))).toMatchObject({ narrative: '开展宣讲10场', quantity: 10 });
    expect(calls[1]).toBe(`upload Bearer ${TEST_TOKEN}`);
    expect(uploaded?.type).toBe('image/png');
    expect(await screen.findByText('进展已报送')).toBeInTheDocument();
  }, 60_000);

  it('lets the assigned department acknowledge a notice with an answer', async () => {
    const sent: unknown[] = [];
    server.use(
      http.post(apiUrl('/api/v1/tasks/1/supervision-notices/31/acknowledge'), async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json({ id: 31, open: false, answer: '已收到' });
      }),
      ...taskHandlers(),
    );
    const { user } = renderApp('/tasks/1', { user: testUsers.publicityStaff });
    await user.click(await screen.findByTestId('notice-acknowledge'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByTestId('acknowledge-submit'));
    expect(await within(fieldOf('回复内容')).findByText('请填写回复内容')).toBeInTheDocument();
    await user.type(screen.getByLabelText('回复内容'), '已收到，正在落实');
    await user.click(within(dialog).getByTestId('acknowledge-submit'));
    // with the notice's version as read
    await waitFor(() => expect(sent).toEqual([{ answer: '已收到，正在落实', version: 0 }]));
  }, 60_000);

  it('downloads an attachment through the API client with the token', async () => {
    let auth: string | null = null;
    server.use(
      http.get(apiUrl('/api/v1/tasks/1/progress-reports/11/attachments/21'), ({ request }) => {
        auth = request.headers.get('Authorization');
        return new HttpResponse(new Uint8Array([0x25, 0x50, 0x44, 0x46]), {
          headers: { 'Content-Type': 'application/pdf', 'Content-Disposition': 'attachment; filename="a.pdf"' },
        });
      }),
      ...taskHandlers(),
    );
    const createObjectURL = vi.fn(() => 'blob:attachment');
    // jsdom has no object URLs
    Object.assign(URL, { createObjectURL, revokeObjectURL: vi.fn() });
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    const { user } = renderApp('/tasks/1', { user: testUsers.publicityStaff });
    await user.click(await screen.findByTestId('attachment-download', {}, { timeout: 5000 }));
    await waitFor(() => expect(click).toHaveBeenCalled());
    expect(auth).toBe(`Bearer ${TEST_TOKEN}`);
    expect(createObjectURL).toHaveBeenCalledOnce();
    click.mockRestore();
  });

  it('answers another department’s task id with the not-found page', async () => {
    server.use(
      http.get(apiUrl('/api/v1/tasks/77'), () =>
        HttpResponse.json({ type: '/problems/not-found', title: '未找到', status: 404 }, { status: 404, headers: PROBLEM }),
      ),
      ...taskHandlers(),
    );
    renderApp('/tasks/77', { user: testUsers.publicityStaff });
    expect(await screen.findByText('页面不存在')).toBeInTheDocument();
  });
});
