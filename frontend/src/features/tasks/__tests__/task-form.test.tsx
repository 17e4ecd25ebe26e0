import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { i18n } from '@/lib/i18n/i18n';
import { apiUrl } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, waitFor, within } from '@/testing/test-utils';

import type { TaskRequest } from '../types';

import { PROBLEM, aTask, taskHandlers } from './task-mocks';

/** The form item (label, control and its messages) of the control labelled `label`. */
const fieldOf = (label: string) => screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;

const trackedTask = aTask({
  indicatorCode: 'training.sessions',
  targetUnit: '场',
  milestones: [
    { id: 7, title: '印发工作方案', dueDate: '2026-03-31', done: true, doneOn: '2026-03-20' },
    { id: 8, title: '召开推进会', dueDate: '2026-06-30', done: false, doneOn: null },
    { id: 9, title: '总结评估', dueDate: null, done: false, doneOn: null },
  ],
});

describe('任务表单 task form: indicator and milestones', () => {
  it('offers the live indicators of the API, proposes the unit, and sends the indicator and new milestones on create', async () => {
    const sent: TaskRequest[] = [];
    const indicatorYears: (string | null)[] = [];
    server.use(
      http.get(apiUrl('/api/v1/indicators'), ({ request }) => {
        indicatorYears.push(new URL(request.url).searchParams.get('year'));
        return HttpResponse.json([
          { code: 'registry.party-members', label: '在册党员人数', labelEn: 'Registered Party members', unit: '人', value: 128 },
        ]);
      }),
      http.post(apiUrl('/api/v1/tasks'), async ({ request }) => {
        sent.push((await request.json()) as TaskRequest);
        return HttpResponse.json(aTask({ id: 9, title: '发展党员' }), { status: 201 });
      }),
      http.get(apiUrl('/api/v1/tasks/9'), () => HttpResponse.json(aTask({ id: 9, title: '发展党员' }))),
      ...taskHandlers(),
    );
    const { user, router } = renderApp('/tasks');
    await user.click(await screen.findByTestId('task-create'));
    const dialog = await screen.findByRole('dialog');

    await user.type(screen.getByLabelText('任务名称'), '发展党员');
    await user.click(screen.getByLabelText('政策领域'));
    await user.click(await screen.findByTitle('思想引领'));
    await user.click(screen.getByLabelText('牵头单位'));
    await user.click(await screen.findByTitle('区委宣传部'));
    await user.type(screen.getByLabelText('截止日期'), '2099-12-31{Enter}');

    // none is the default; the options are the API's indicators with their unit and current value
    expect(fieldOf('进度来源（实时指标）')).toHaveTextContent('按进度报告人工填报');
    await user.click(screen.getByLabelText('进度来源（实时指标）'));
    await user.click(await screen.findByTitle('在册党员人数（当前 128 人）'));
    expect(indicatorYears.at(-1)).toBe(String(new Date().getFullYear()));
    // no unit typed: the indicator's is proposed
    expect(screen.getByLabelText('单位')).toHaveValue('人');
    await user.type(screen.getByLabelText('目标值'), '50');

    // a milestone needs its title
    await user.click(within(dialog).getByTestId('milestone-add'));
    await user.click(within(dialog).getByTestId('task-save'));
    expect(await within(screen.getByTestId('milestone-row-0')).findByText('请填写里程碑名称')).toBeInTheDocument();
    expect(sent).toHaveLength(0);
    await user.type(screen.getByLabelText('里程碑名称 1'), '制定发展计划');
    await user.type(screen.getByLabelText('计划完成日期 1'), '2099-03-31{Enter}');
    await user.click(within(dialog).getByTestId('milestone-add'));
    await user.type(screen.getByLabelText('里程碑名称 2'), '  完成年度发展  ');
    await user.click(within(dialog).getByTestId('task-save'));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ title: '发展党员', indicatorCode: 'registry.party-members', targetValue: 50, targetUnit: '人' });
    expect(sent[0]!.milestones).toEqual([{ title: '制定发展计划', dueDate: '2099-03-31' }, { title: '完成年度发展' }]);
    await waitFor(() => expect(router.state.location.pathname).toBe('/tasks/9'));
  }, 60_000);

  it('keeps a typed unit when an indicator is chosen, and sends no indicator when none is chosen', async () => {
    const sent: TaskRequest[] = [];
    server.use(
      http.put(apiUrl('/api/v1/tasks/1'), async ({ request }) => {
        sent.push((await request.json()) as TaskRequest);
        return HttpResponse.json(aTask());
      }),
      ...taskHandlers(aTask({ targetUnit: '场' })),
    );
    const { user } = renderApp('/tasks/1');
    await user.click(await screen.findByTestId('task-edit'));
    const dialog = await screen.findByRole('dialog');
    await user.click(screen.getByLabelText('进度来源（实时指标）'));
    await user.click(await screen.findByTitle('在册党员人数（当前 128 人）'));
    expect(screen.getByLabelText('单位')).toHaveValue('场');
    await user.click(screen.getByLabelText('进度来源（实时指标）'));
    await user.click(await screen.findByTitle('按进度报告人工填报'));
    await user.click(within(dialog).getByTestId('task-save'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).not.toHaveProperty('indicatorCode');
    expect(sent[0]).toMatchObject({ version: 3, milestones: [] });
  }, 60_000);

  it('edits the milestones: kept ones go with their id, a done one is removed only after a confirmation', async () => {
    const sent: TaskRequest[] = [];
    server.use(
      http.put(apiUrl('/api/v1/tasks/1'), async ({ request }) => {
        sent.push((await request.json()) as TaskRequest);
        return HttpResponse.json(aTask());
      }),
      ...taskHandlers(trackedTask),
    );
    const { user } = renderApp('/tasks/1');
    await user.click(await screen.findByTestId('task-edit'));
    const dialog = await screen.findByRole('dialog');
    // the tracked indicator is shown by its label
    expect(fieldOf('进度来源（实时指标）')).toHaveTextContent('技能培训场次（当前 17 场）');
    expect(screen.getByLabelText('里程碑名称 1')).toHaveValue('印发工作方案');
    expect(within(screen.getByTestId('milestone-row-0')).getByText('已完成 2026-03-20')).toBeInTheDocument();

    // an open milestone goes at once
    await user.click(screen.getByRole('button', { name: '删除第 2 个里程碑' }));
    expect(screen.getByLabelText('里程碑名称 2')).toHaveValue('总结评估');
    // a done one asks first; cancelling keeps it
    await user.click(screen.getByRole('button', { name: '删除第 1 个里程碑' }));
    const confirmText = await screen.findByText('该里程碑已完成，删除后其完成记录也将移除，确定删除？');
    const popover = confirmText.closest('.ant-popover') as HTMLElement;
    await user.click(within(popover).getByRole('button', { name: '取 消' }));
    expect(screen.getByLabelText('里程碑名称 1')).toHaveValue('印发工作方案');

    await user.clear(screen.getByLabelText('里程碑名称 2'));
    await user.type(screen.getByLabelText('里程碑名称 2'), '总结评估（修订）');
    await user.click(within(dialog).getByTestId('milestone-add'));
    await user.type(screen.getByLabelText('里程碑名称 3'), '经验推广');
    await user.click(within(dialog).getByTestId('task-save'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ version: 3, indicatorCode: 'training.sessions' });
    expect(sent[0]!.milestones).toEqual([
      { id: 7, title: '印发工作方案', dueDate: '2026-03-31' },
      { id: 9, title: '总结评估（修订）' },
      { title: '经验推广' },
    ]);
  }, 60_000);

  it('removes a done milestone after the confirmation', async () => {
    const sent: TaskRequest[] = [];
    server.use(
      http.put(apiUrl('/api/v1/tasks/1'), async ({ request }) => {
        sent.push((await request.json()) as TaskRequest);
        return HttpResponse.json(aTask());
      }),
      ...taskHandlers(trackedTask),
    );
    const { user } = renderApp('/tasks/1');
    await user.click(await screen.findByTestId('task-edit'));
    const dialog = await screen.findByRole('dialog');
    await user.click(await within(dialog).findByRole('button', { name: '删除第 1 个里程碑' }));
    await user.click(await screen.findByTestId('milestone-remove-confirm'));
    await waitFor(() => expect(screen.getByLabelText('里程碑名称 1')).toHaveValue('召开推进会'));
    await user.click(within(dialog).getByTestId('task-save'));
    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]!.milestones?.map((m) => m.id)).toEqual([8, 9]);
  }, 60_000);

  it("puts the server's errors on milestones[0].title and milestones[2].title under those rows", async () => {
    server.use(
      http.put(apiUrl('/api/v1/tasks/1'), () =>
        HttpResponse.json(
          {
            type: '/problems/validation',
            title: '请求参数无效',
            status: 400,
            errors: [
              { field: 'update.request.milestones[0].title', message: '里程碑名称不能超过200个字符' },
              { field: 'update.request.milestones[2].title', message: '里程碑名称重复' },
            ],
          },
          { status: 400, headers: PROBLEM },
        ),
      ),
      ...taskHandlers(trackedTask),
    );
    const { user } = renderApp('/tasks/1');
    await user.click(await screen.findByTestId('task-edit'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByTestId('task-save'));
    expect(await within(screen.getByTestId('milestone-row-0')).findByText('里程碑名称不能超过200个字符')).toBeInTheDocument();
    expect(within(screen.getByTestId('milestone-row-2')).getByText('里程碑名称重复')).toBeInTheDocument();
    expect(screen.getByTestId('milestone-row-1')).not.toHaveTextContent(/里程碑名称不能超过200个字符|里程碑名称重复/);
    // every error found its field: nothing above the form
    expect(within(dialog).queryByTestId('api-error')).not.toBeInTheDocument();
  }, 60_000);

  it('names the indicators in English in English', async () => {
    await i18n.changeLanguage('en');
    server.use(...taskHandlers(aTask({ targetUnit: undefined, targetValue: undefined })));
    const { user } = renderApp('/tasks/1');
    await user.click(await screen.findByTestId('task-edit'));
    await screen.findByRole('dialog');
    expect(fieldOf('Progress source (live indicator)')).toHaveTextContent('Entered by hand through progress reports');
    await user.click(screen.getByLabelText('Progress source (live indicator)'));
    await user.click(await screen.findByTitle('Registered Party members (now 128 人)'));
    expect(screen.getByLabelText('Unit')).toHaveValue('人');
  }, 60_000);
});

