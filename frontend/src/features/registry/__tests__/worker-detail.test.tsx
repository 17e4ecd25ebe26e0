import { describe, expect, it } from 'vitest';

import { aWorker, registryHandlers } from '@/testing/mocks/registry';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, testUsers, within } from '@/testing/test-utils';

describe('工人详情 worker detail', () => {
  it('shows a staff member masked numbers with a lock, the age band, the employments and who changed what, when', async () => {
    server.use(...registryHandlers({ worker: aWorker({}, true) }));
    // a department reads a worker linked to its own records (the API decides; the page needs no list scope)
    renderApp('/registry/workers/1', { user: testUsers.publicityStaff });

    expect(await screen.findByTestId('worker-name')).toHaveTextContent('王晓霞');
    expect(screen.getByTestId('worker-detail-id')).toHaveTextContent('421202********0029');
    expect(screen.getByTestId('worker-detail-phone')).toHaveTextContent('139****1111');
    expect(within(screen.getByTestId('worker-personal')).getAllByTestId('masked-icon')).toHaveLength(2);
    // no exact age, no birth date: the band (an exact age with the masked number gives the birth date away)
    expect(screen.getByTestId('worker-detail-age-band')).toHaveTextContent('30—40岁');
    expect(within(screen.getByTestId('worker-personal')).getByText('年龄段')).toBeInTheDocument();
    expect(screen.queryByTestId('worker-detail-birth')).not.toBeInTheDocument();
    expect(screen.getByTestId('worker-personal')).not.toHaveTextContent('36');
    // staff may read but not write: no edit button
    expect(screen.queryByTestId('worker-edit')).not.toBeInTheDocument();

    const employments = await screen.findByTestId('employments-table');
    expect(await within(employments).findByText('三得利有限公司')).toBeInTheDocument();
    expect(within(employments).getByText('在职')).toBeInTheDocument();
    expect(within(employments).getByText('2024-02-29')).toBeInTheDocument();

    const honours = await screen.findByTestId('worker-honours-table');
    expect(await within(honours).findByText('全国劳动模范')).toBeInTheDocument();
    expect(await within(await screen.findByTestId('posts-table')).findByText('党代会代表')).toBeInTheDocument();

    const history = await screen.findByTestId('history-timeline');
    const entries = within(history).getAllByTestId('history-entry');
    // newest first: the wage rise by hrss-editor, then the registration
    expect(entries).toHaveLength(2);
    expect(entries[0]).toHaveTextContent('hrss-editor');
    expect(entries[0]).toHaveTextContent('月工资');
    expect(entries[0]).toHaveTextContent('3800');
    expect(entries[0]).toHaveTextContent('4200');
    // who by name and department at the time (the login only where the API knows no name), when in the app's one format
    expect(entries[1]).toHaveTextContent('张明华 · 区总工会');
    expect(entries[1]).not.toHaveTextContent('federation-lead');
    expect(entries[1].textContent).toMatch(/^2020-11-0[12] \d{2}:\d{2}[^\d:]/);
    expect(entries[1]).toHaveTextContent('新建');
    expect(entries[1]).toHaveTextContent('421202********0029');
  }, 60_000);

  it('shows a pii-reader the full numbers without a lock, and lets an editor edit', async () => {
    server.use(...registryHandlers({ worker: aWorker() }));
    renderApp('/registry/workers/1', { user: testUsers.federationLead });

    expect(await screen.findByTestId('worker-detail-id')).toHaveTextContent('421202199001010029');
    expect(screen.getByTestId('worker-detail-birth')).toHaveTextContent('1990-01-01');
    expect(screen.getByTestId('worker-detail-phone')).toHaveTextContent('13900001111');
    expect(within(screen.getByTestId('worker-personal')).queryByTestId('masked-icon')).not.toBeInTheDocument();
    expect(await screen.findByTestId('worker-edit')).toBeEnabled();
  }, 60_000);

  it('is reached from the worker list by the name', async () => {
    server.use(...registryHandlers());
    const { user, router } = renderApp('/registry', { user: testUsers.federationLead });
    // the table is drawn again once rows arrive (it scrolls only with rows): look it up after them
    await screen.findByRole('link', { name: '王晓霞' }, { timeout: 5000 });
    await user.click(within(screen.getByTestId('workers-table')).getByRole('link', { name: '王晓霞' }));
    expect(router.state.location.pathname).toBe('/registry/workers/1');
    expect(await screen.findByTestId('worker-detail')).toBeInTheDocument();
  }, 60_000);
});
