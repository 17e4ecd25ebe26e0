import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { apiUrl } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, testUsers, waitFor, within } from '@/testing/test-utils';

const worker = (id: number, name: string, masked = true) => ({
  id,
  idNumber: masked ? '421202********1234' : '421202199001011234',
  masked,
  name,
  gender: 'FEMALE',
  birthDate: masked ? null : '1990-01-01',
  age: masked ? null : 36,
  ageBand: { key: 'FROM_30_TO_40', label: '30—40岁' },
  education: 'SENIOR_HIGH',
  monthlyWage: 4200,
  skillLevel: 'INTERMEDIATE',
  skillTier: 'JUNIOR_INTERMEDIATE',
  occupation: '挡车工',
  agriculturalHukou: true,
  migrant: true,
  fromOutside: false,
  unionMember: true,
  partyMember: false,
  phone: '139****1111',
  enterprise: { id: 7, name: '咸安纺织有限公司', industryCode: 'textiles', industryName: '纺织', inDevZone: true },
  demo: true,
  version: 0,
});

describe('工人名册 worker list', () => {
  it('shows the page of workers with masked numbers, age bands and a capped total', async () => {
    server.use(
      http.get(apiUrl('/api/v1/workers'), () =>
        HttpResponse.json({ items: [worker(1, '王晓霞'), worker(2, '李娜')], total: 100000, page: 0, size: 20, totalExact: false }),
      ),
    );
    // lead unit, no pii-reader
    renderApp('/registry', { user: testUsers.federationStaff });
    // the table is drawn again once rows arrive (it scrolls only with rows): look it up after them
    expect(await screen.findByText('王晓霞', {}, { timeout: 5000 })).toBeInTheDocument();
    const table = screen.getByTestId('workers-table');
    expect(within(table).getAllByTestId('worker-id')[0]).toHaveTextContent('421202********1234');
    expect(within(table).getAllByTestId('masked-icon')).toHaveLength(2);
    expect(within(table).getAllByText('30—40岁')).toHaveLength(2);
    // without pii-reader the search is by name only (the API refuses digits)
    expect(screen.getByPlaceholderText('姓名')).toBeInTheDocument();
    expect(within(table).getAllByText('咸安纺织有限公司')).toHaveLength(2);
    expect(within(table).getAllByText('中级工')).toHaveLength(2);
    // only filters the dashboard does not count can be above the API's exact-count limit (100,000)
    expect(screen.getByTestId('worker-total')).toHaveTextContent('超过 100,000 人');
  }, 60_000);

  it('shows an exact total above ten thousand exactly, as the dashboard counts it (issue 13)', async () => {
    server.use(
      http.get(apiUrl('/api/v1/workers'), () =>
        HttpResponse.json({ items: [worker(1, '王晓霞')], total: 22165, page: 0, size: 20, totalExact: true }),
      ),
    );
    renderApp('/registry', { user: testUsers.federationStaff });
    await screen.findByTestId('workers-table', {}, { timeout: 5000 });
    expect(await screen.findByTestId('worker-total')).toHaveTextContent('共 22,165 人');
    expect(screen.getByTestId('worker-total')).not.toHaveTextContent('超过');
  }, 60_000);

  it('sends the search form as query parameters', async () => {
    const seen: URLSearchParams[] = [];
    server.use(
      http.get(apiUrl('/api/v1/workers'), ({ request }) => {
        seen.push(new URL(request.url).searchParams);
        return HttpResponse.json({ items: [worker(3, '张伟', false)], total: 1, page: 0, size: 20, totalExact: true });
      }),
    );
    const { user } = renderApp('/registry', { user: testUsers.federationLead });
    await screen.findByTestId('workers-table', {}, { timeout: 5000 });
    await user.type(screen.getByPlaceholderText('姓名或身份证号'), '张');
    await user.click(within(screen.getByTestId('filter-skill')).getByRole('combobox'));
    await user.click(await screen.findByTitle('技师'));
    await user.click(screen.getByTestId('worker-search-submit'));
    await waitFor(() => {
      const last = seen.at(-1);
      expect(last?.get('q')).toBe('张');
      expect(last?.get('skillLevel')).toBe('TECHNICIAN');
      expect(last?.get('page')).toBe('0');
    });
    expect(await screen.findByText('421202199001011234')).toBeInTheDocument();
    expect(screen.getByTestId('worker-total')).toHaveTextContent('共 1 人');
  }, 60_000);

  it('hides a column through the column settings and remembers it', async () => {
    server.use(
      http.get(apiUrl('/api/v1/workers'), () =>
        HttpResponse.json({ items: [worker(1, '王晓霞')], total: 1, page: 0, size: 20, totalExact: true }),
      ),
    );
    const first = renderApp('/registry', { user: testUsers.federationStaff });
    expect(await screen.findByText('王晓霞', {}, { timeout: 5000 })).toBeInTheDocument();
    const table = screen.getByTestId('workers-table');
    expect(within(table).getByRole('columnheader', { name: '月工资(元)' })).toBeInTheDocument();

    await first.user.click(screen.getByTestId('column-settings'));
    const panel = await screen.findByTestId('column-settings-panel');
    await first.user.click(within(panel).getByRole('checkbox', { name: '月工资(元)' }));
    await waitFor(() => expect(within(table).queryByRole('columnheader', { name: '月工资(元)' })).not.toBeInTheDocument());
    expect(JSON.parse(window.localStorage.getItem('xianan.registry.workerColumns') ?? '[]')).toEqual(['monthlyWage']);

    first.unmount();
    renderApp('/registry', { user: testUsers.federationStaff });
    expect(await screen.findByText('王晓霞')).toBeInTheDocument();
    const again = screen.getByTestId('workers-table');
    expect(within(again).queryByRole('columnheader', { name: '月工资(元)' })).not.toBeInTheDocument();
    expect(within(again).getByRole('columnheader', { name: '技能等级' })).toBeInTheDocument();
  }, 60_000);

  it('is listed for the lead unit and the development zone only: another department has neither the menu entry nor the page', async () => {
    let listed = 0;
    server.use(
      http.get(apiUrl('/api/v1/workers'), () => {
        listed += 1;
        return HttpResponse.json({ items: [], total: 0, page: 0, size: 20, totalExact: true });
      }),
    );
    const other = renderApp('/registry', { user: testUsers.publicityStaff });
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
    const menu = screen.getByTestId('side-menu');
    // the registry group stays (enterprises, honours) but has no workers list and no import
    expect(within(menu).getByText('工人名册')).toBeInTheDocument();
    await other.user.click(within(menu).getByText('工人名册'));
    expect(await within(menu).findByText('企业')).toBeInTheDocument();
    expect(within(menu).queryByText('工人')).not.toBeInTheDocument();
    expect(within(menu).queryByText('导入')).not.toBeInTheDocument();
    expect(listed).toBe(0);
    other.unmount();

    // the development zone lists (its part of) the registry, but neither adds workers nor imports
    const zone = renderApp('/registry', { user: testUsers.devzoneStaff });
    expect(await screen.findByTestId('workers-table', {}, { timeout: 5000 })).toBeInTheDocument();
    expect(screen.queryByTestId('worker-create')).not.toBeInTheDocument();
    await zone.user.click(within(screen.getByTestId('side-menu')).getByText('工人名册'));
    expect(await within(screen.getByTestId('side-menu')).findByText('工人')).toBeInTheDocument();
    expect(within(screen.getByTestId('side-menu')).queryByText('导入')).not.toBeInTheDocument();
  }, 60_000);

  it('is not in the menu of analysts, who only get statistics', async () => {
    renderApp('/registry', { user: testUsers.analyst });
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
    expect(within(screen.getByTestId('side-menu')).queryByText('工人名册')).not.toBeInTheDocument();
  }, 60_000);
});
