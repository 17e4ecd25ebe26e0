import { describe, expect, it } from 'vitest';

import { renderApp, screen, testUsers, within } from '@/testing/test-utils';

const ALL_MENUS = ['工作台', '工人名册', '竞赛', '培训补贴', '改革任务', '部门工作记录', '审计', '数据字典'];
const ADMIN_MENUS = ['审计', '数据字典'];

async function menuLabels() {
  const menu = await screen.findByTestId('side-menu');
  return within(menu)
    .getAllByRole('menuitem')
    .map((item) => item.textContent);
}

describe('side menu and route guard', () => {
  it('shows a staff-only user every module except 审计', async () => {
    renderApp('/', { user: testUsers.publicityStaff });

    expect(await menuLabels()).toEqual(['工作台', '工人名册', '竞赛', '培训补贴', '改革任务', '部门工作记录']);
    expect(within(screen.getByTestId('side-menu')).queryByText('审计')).not.toBeInTheDocument();
    expect(within(screen.getByTestId('side-menu')).queryByText('数据字典')).not.toBeInTheDocument();
  });

  it('shows an administrator 审计', async () => {
    renderApp('/', { user: testUsers.admin });

    expect(await menuLabels()).toEqual(expect.arrayContaining(ADMIN_MENUS));
  });

  it('shows the lead every business module but not 审计', async () => {
    renderApp('/', { user: testUsers.federationLead });

    expect(await menuLabels()).toEqual(ALL_MENUS.filter((label) => !ADMIN_MENUS.includes(label)));
  });

  it('answers /audit with the 403 page for a user without admin', async () => {
    renderApp('/audit', { user: testUsers.publicityStaff });

    expect(await screen.findByTestId('forbidden')).toHaveTextContent('无权访问');
  });

  it('opens /audit for an administrator', async () => {
    renderApp('/audit', { user: testUsers.admin });

    expect(await screen.findByTestId('audit-table')).toBeInTheDocument();
    expect(screen.queryByTestId('forbidden')).not.toBeInTheDocument();
  });

  it('navigates through the menu to a module', async () => {
    const { user, router } = renderApp('/', { user: testUsers.publicityStaff });

    await user.click(within(await screen.findByTestId('side-menu')).getByText('竞赛'));

    expect(router.state.location.pathname).toBe('/competitions');
    expect(await screen.findByTestId('competitions-list')).toBeInTheDocument();
  });

  it('answers an unknown path with 页面不存在', async () => {
    renderApp('/no-such-page');

    expect(await screen.findByText('页面不存在')).toBeInTheDocument();
  });

  it('asks before logging out', async () => {
    const { user, session } = renderApp('/');

    await user.click(await screen.findByTestId('logout'));
    expect(session.logout).not.toHaveBeenCalled();
    await user.click(await screen.findByRole('button', { name: '退 出' }));

    expect(session.logout).toHaveBeenCalledOnce();
  });
});
