import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { apiUrl } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, testUsers, within } from '@/testing/test-utils';

describe('dashboard (工作台)', () => {
  it('lists the member departments from the API, lead unit marked', async () => {
    renderApp('/');

    const table = await screen.findByTestId('departments-table');
    const rows = within(table).getAllByRole('row').slice(1); // header row first
    expect(rows).toHaveLength(7);
    // names, never the departments' codes
    expect(within(table).queryByText('federation')).not.toBeInTheDocument();
    expect(within(rows[0]).getByText('区总工会')).toBeInTheDocument();
    expect(within(rows[0]).getByText('牵头单位')).toBeInTheDocument();
    expect(within(rows[6]).getByText('咸安经济开发区')).toBeInTheDocument();
    expect(within(rows[6]).getByText('成员单位')).toBeInTheDocument();
    expect(screen.getByText('共 7 个单位')).toBeInTheDocument();
  });

  it('greets the signed-in user with department and Chinese role labels', async () => {
    renderApp('/', { user: testUsers.federationLead });

    const card = await screen.findByTestId('welcome-card');
    expect(within(card).getByText('您好，张明华')).toBeInTheDocument();
    expect(within(card).getByText('区总工会')).toBeInTheDocument();
    for (const label of ['牵头单位领导', '部门工作人员', '名册维护', '竞赛组织', '敏感信息查看']) {
      expect(within(card).getByText(label)).toBeInTheDocument();
    }
    // Keycloak's own roles are not functional roles and are not shown.
    expect(within(card).queryByText(/default-roles/)).not.toBeInTheDocument();

    expect(await screen.findByTestId('user-department')).toHaveTextContent('区总工会');
    expect(screen.getByTestId('user-name')).toHaveTextContent('张明华');
  });

  it('says 未分配部门 for a user without a department', async () => {
    renderApp('/', { user: testUsers.analyst });

    const card = await screen.findByTestId('welcome-card');
    expect(within(card).getByText('未分配部门')).toBeInTheDocument();
    expect(await screen.findByTestId('user-department')).toHaveTextContent('未分配部门');
  });

  it('shows the problem readably when the departments cannot be loaded', async () => {
    server.use(
      http.get(apiUrl('/api/v1/departments'), () =>
        HttpResponse.json(
          { type: '/problems/forbidden', title: '无权访问', status: 403, detail: '当前账号不能查看成员单位' },
          { status: 403, headers: { 'Content-Type': 'application/problem+json' } },
        ),
      ),
    );
    renderApp('/');

    const alert = await screen.findByTestId('api-error');
    expect(alert).toHaveTextContent('无权访问');
    expect(alert).toHaveTextContent('当前账号不能查看成员单位');
    expect(screen.queryByTestId('departments-table')).not.toBeInTheDocument();
  });
});
