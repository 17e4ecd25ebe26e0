import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { apiUrl } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, testUsers, waitFor, within } from '@/testing/test-utils';


import { board, notificationPage, taskHandlers } from './task-mocks';

describe('任务看板 department board', () => {
  it('charts the departments and ranks them, for analysts too', async () => {
    const seen: string[] = [];
    server.use(
      http.get(apiUrl('/api/v1/tasks/board'), ({ request }) => {
        seen.push(new URL(request.url).search);
        return HttpResponse.json(board);
      }),
    );
    renderApp('/tasks/board', { user: testUsers.analyst });
    const boardCard = await screen.findByTestId('task-board');
    for (const chart of ['chart-by-status', 'chart-completion', 'chart-overdue']) {
      expect(await within(boardCard).findByTestId(chart)).toBeInTheDocument();
    }
    const ranking = within(boardCard).getByTestId('board-ranking');
    const rows = within(ranking).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('区委宣传部');
    expect(rows[1]).toHaveTextContent('66.7%');
    expect(within(ranking).getByTestId('board-scitech-OVERDUE')).toHaveTextContent('2');
    expect(within(ranking).getByTestId('board-scitech-notices')).toHaveTextContent('1');
    expect(seen[0]).toMatch(/^\?year=\d{4}$/);
    // analysts see the board only: no task list in their menu
    expect(within(screen.getByTestId('side-menu')).queryByText('任务清单')).not.toBeInTheDocument();
  });

  it('shows the counts the disclosure policy hid as 已隐藏, leaves those rows unranked and says why', async () => {
    server.use(
      http.get(apiUrl('/api/v1/tasks/board'), () =>
        HttpResponse.json({
          ...board,
          suppressionApplied: true,
          departments: [
            { department: { code: 'scitech', name: '区科经局' }, rank: 1, total: 12, byStatus: { IN_PROGRESS: 12 }, completionRate: 0, overdue: 0, cooperating: 0, openNotices: 0, suppressed: false },
            {
              department: { code: 'publicity', name: '区委宣传部' },
              rank: null,
              total: null,
              byStatus: { NOT_STARTED: 0, IN_PROGRESS: null, COMPLETED: null, OVERDUE: 0, SUSPENDED: 0 },
              completionRate: null,
              overdue: 0,
              cooperating: 0,
              openNotices: 0,
              suppressed: true,
            },
          ],
        }),
      ),
    );
    renderApp('/tasks/board', { user: testUsers.analyst });
    const boardCard = await screen.findByTestId('task-board');
    expect(await within(boardCard).findByTestId('board-suppressed')).toHaveTextContent('小于 5 的数据');
    const ranking = within(boardCard).getByTestId('board-ranking');
    expect(within(ranking).getByTestId('board-publicity-COMPLETED')).toHaveTextContent('已隐藏');
    expect(within(ranking).getByTestId('board-publicity-NOT_STARTED')).toHaveTextContent('0');
    expect(within(ranking).getByTestId('board-scitech-IN_PROGRESS')).toHaveTextContent('12');
    const rows = within(ranking).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('区科经局');
    expect(rows[2]).toHaveTextContent('区委宣传部');
    expect(rows[2]).toHaveTextContent('—');
  });
});

describe('通知 notification bell', () => {
  it('shows the unread count, opens a notification (marking it read) and marks all read', async () => {
    const read: string[] = [];
    server.use(
      http.post(apiUrl('/api/v1/notifications/51/read'), () => {
        read.push('51');
        return new HttpResponse(null, { status: 204 });
      }),
      http.post(apiUrl('/api/v1/notifications/read-all'), () => {
        read.push('all');
        return HttpResponse.json({ marked: 1 });
      }),
      ...taskHandlers(),
    );
    const { user, router } = renderApp('/', { user: testUsers.publicityStaff });
    const count = await screen.findByTestId('notification-count');
    await waitFor(() => expect(count.querySelector('.ant-badge-count')).toHaveTextContent('1'));

    await user.click(screen.getByTestId('notification-bell'));
    const list = await screen.findByTestId('notification-list');
    expect(within(list).getAllByTestId('notification')).toHaveLength(2);
    await user.click(within(list).getByText('新任务已分配给区委宣传部'));
    await waitFor(() => expect(read).toEqual(['51']));
    await waitFor(() => expect(router.state.location.pathname).toBe('/tasks/1'));

    await user.click(screen.getByTestId('notification-bell'));
    await user.click(await screen.findByTestId('notifications-read-all'));
    await waitFor(() => expect(read).toEqual(['51', 'all']));
  }, 30_000);

  it('is not in the header of users without tasks (analysts)', async () => {
    server.use(http.get(apiUrl('/api/v1/notifications'), () => HttpResponse.json(notificationPage)));
    renderApp('/', { user: testUsers.analyst });
    await screen.findByTestId('side-menu');
    expect(screen.queryByTestId('notification-bell')).not.toBeInTheDocument();
  });
});
