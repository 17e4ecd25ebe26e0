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
  birthDate: null,
  age: 36,
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
  it('shows the page of workers with masked numbers and a capped total', async () => {
    server.use(
      http.get(apiUrl('/api/v1/workers'), () =>
        HttpResponse.json({ items: [worker(1, '王晓霞'), worker(2, '李娜')], total: 10000, page: 0, size: 20, totalExact: false }),
      ),
    );
    renderApp('/registry', { user: testUsers.publicityStaff });
    const table = await screen.findByTestId('workers-table');
    expect(await within(table).findByText('王晓霞')).toBeInTheDocument();
    expect(within(table).getAllByTestId('worker-id')[0]).toHaveTextContent('421202********1234');
    expect(within(table).getAllByTestId('masked-icon')).toHaveLength(2);
    expect(within(table).getAllByText('咸安纺织有限公司')).toHaveLength(2);
    expect(within(table).getAllByText('中级工')).toHaveLength(2);
    expect(screen.getByTestId('worker-total')).toHaveTextContent('超过 10,000 人');
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
    await screen.findByTestId('workers-table');
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
    const first = renderApp('/registry', { user: testUsers.publicityStaff });
    const table = await screen.findByTestId('workers-table');
    expect(within(table).getByRole('columnheader', { name: '月工资(元)' })).toBeInTheDocument();

    await first.user.click(screen.getByTestId('column-settings'));
    const panel = await screen.findByTestId('column-settings-panel');
    await first.user.click(within(panel).getByRole('checkbox', { name: '月工资(元)' }));
    await waitFor(() => expect(within(table).queryByRole('columnheader', { name: '月工资(元)' })).not.toBeInTheDocument());
    expect(JSON.parse(window.localStorage.getItem('xianan.registry.workerColumns') ?? '[]')).toEqual(['monthlyWage']);

    first.unmount();
    renderApp('/registry', { user: testUsers.publicityStaff });
    const again = await screen.findByTestId('workers-table');
    expect(await within(again).findByText('王晓霞')).toBeInTheDocument();
    expect(within(again).queryByRole('columnheader', { name: '月工资(元)' })).not.toBeInTheDocument();
    expect(within(again).getByRole('columnheader', { name: '技能等级' })).toBeInTheDocument();
  }, 60_000);

  it('is not in the menu of analysts, who only get statistics', async () => {
    renderApp('/registry', { user: testUsers.analyst });
    expect(await screen.findByTestId('forbidden')).toBeInTheDocument();
    expect(within(screen.getByTestId('side-menu')).queryByText('工人名册')).not.toBeInTheDocument();
  }, 60_000);
});
