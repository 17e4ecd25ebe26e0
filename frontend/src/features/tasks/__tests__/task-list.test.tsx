import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { apiUrl } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, testUsers, waitFor, within } from '@/testing/test-utils';

import { PROBLEM, aTask, taskHandlers } from './task-mocks';

/** The form item (label, control and its messages) of the control labelled `label`. */
const fieldOf = (label: string) => screen.getByLabelText(label).closest('.ant-form-item') as HTMLElement;

describe('任务清单 task list', () => {
  it("puts the department's own tasks first, marks them, and offers no create button to staff", async () => {
    server.use(...taskHandlers());
    renderApp('/tasks', { user: testUsers.publicityStaff });
    const table = await screen.findByTestId('tasks-table');
    const rows = await within(table).findAllByRole('row');
    const titles = rows.slice(1).map((row) => within(row).getAllByRole('cell')[0]!.textContent);
    // publicity leads task 1 and co-operates on task 4; the others follow in the API's order
    expect(titles).toEqual(['本单位开展“双宣讲”活动', '本单位职工子女入学', '基层工会规范化建设', '第三方安全检查1']);
    expect(screen.queryByTestId('task-create')).not.toBeInTheDocument();
    expect(within(rows[4]!).getByText('逾期 5 天')).toBeInTheDocument();
  });

  it('shows the same tasks as a kanban by status', async () => {
    server.use(...taskHandlers());
    const { user } = renderApp('/tasks', { user: testUsers.publicityStaff });
    await screen.findByTestId('tasks-table');
    await user.click(within(screen.getByTestId('task-view')).getByText('看板'));
    const kanban = await screen.findByTestId('tasks-kanban');
    expect(within(within(kanban).getByTestId('kanban-IN_PROGRESS')).getAllByTestId('kanban-card')).toHaveLength(2);
    expect(within(within(kanban).getByTestId('kanban-OVERDUE')).getByText('第三方安全检查')).toBeInTheDocument();
    expect(within(within(kanban).getByTestId('kanban-COMPLETED')).getByText('职工子女入学')).toBeInTheDocument();
    expect(within(within(kanban).getByTestId('kanban-SUSPENDED')).queryAllByTestId('kanban-card')).toHaveLength(0);
  });

  it('asks the API with the chosen filters', async () => {
    const seen: string[] = [];
    server.use(
      http.get(apiUrl('/api/v1/tasks'), ({ request }) => {
        seen.push(new URL(request.url).search);
        return HttpResponse.json({ items: [], total: 0, page: 0, size: 200 });
      }),
    );
    const { user } = renderApp('/tasks');
    expect(await screen.findByText('没有符合条件的任务')).toBeInTheDocument();
    await user.click(within(screen.getByTestId('filter-department')).getByRole('combobox'));
    await user.click(await screen.findByTitle('区科经局'));
    await user.click(within(screen.getByTestId('filter-status')).getByRole('combobox'));
    await user.click(await screen.findByTitle('已逾期'));
    await user.click(screen.getByTestId('filter-overdue'));
    await waitFor(() => {
      const last = new URLSearchParams(seen.at(-1));
      expect(last.get('department')).toBe('scitech');
      expect(last.get('status')).toBe('OVERDUE');
      expect(last.get('overdue')).toBe('true');
    });
  });

  it('lets the lead unit create a task: field checks first, then the server field errors on their fields', async () => {
    const sent: Record<string, unknown>[] = [];
    server.use(
      http.post(apiUrl('/api/v1/tasks'), async ({ request }) => {
        sent.push((await request.json()) as Record<string, unknown>);
        if (sent.length === 1) {
          return HttpResponse.json(
            { type: '/problems/validation', title: '请求参数无效', status: 400, errors: [{ field: 'create.request.title', message: '已有同名任务' }] },
            { status: 400, headers: PROBLEM },
          );
        }
        return HttpResponse.json(aTask({ id: 9, title: '新任务' }), { status: 201 });
      }),
      http.get(apiUrl('/api/v1/tasks/9'), () => HttpResponse.json(aTask({ id: 9, title: '新任务' }))),
      ...taskHandlers(),
    );
    const { user, router } = renderApp('/tasks');
    await user.click(await screen.findByTestId('task-create'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByTestId('task-save'));
    expect(await within(fieldOf('任务名称')).findByText('请填写任务名称')).toBeInTheDocument();
    expect(within(fieldOf('牵头单位')).getByText('请填写牵头单位')).toBeInTheDocument();
    expect(sent).toHaveLength(0);

    await user.type(screen.getByLabelText('任务名称'), '新任务');
    await user.click(screen.getByLabelText('政策领域'));
    await user.click(await screen.findByTitle('思想引领'));
    await user.click(screen.getByLabelText('牵头单位'));
    await user.click(await screen.findByTitle('区委宣传部'));
    await user.type(screen.getByLabelText('目标值'), '200');
    await user.click(within(dialog).getByTestId('task-save'));
    // a target value needs its unit
    expect(await within(fieldOf('单位')).findByText('填写目标值时请同时填写单位')).toBeInTheDocument();
    await user.type(screen.getByLabelText('单位'), '场');
    await user.type(screen.getByLabelText('截止日期'), '2099-12-31{Enter}');
    await user.click(within(dialog).getByTestId('task-save'));

    expect(await within(fieldOf('任务名称')).findByText('已有同名任务')).toBeInTheDocument();
    expect(sent[0]).toMatchObject({ title: '新任务', area: 'IDEOLOGY', leadDepartment: 'publicity', targetValue: 200, targetUnit: '场', deadline: '2099-12-31', priority: 'MEDIUM' });
    expect(sent[0]).not.toHaveProperty('version');

    await user.click(within(dialog).getByTestId('task-save'));
    await waitFor(() => expect(router.state.location.pathname).toBe('/tasks/9'));
  }, 60_000);
});
