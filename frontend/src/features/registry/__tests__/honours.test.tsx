import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { apiUrl } from '@/testing/mocks/handlers';
import { modelWorkerHonour, pioneerHonour, registryHandlers } from '@/testing/mocks/registry';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, testUsers, waitFor, within } from '@/testing/test-utils';

describe('荣誉 honours', () => {
  it('lists individual and collective honours and filters by year', async () => {
    const seen: URLSearchParams[] = [];
    server.use(
      http.get(apiUrl('/api/v1/honours'), ({ request }) => {
        seen.push(new URL(request.url).searchParams);
        return HttpResponse.json({ items: [{ ...modelWorkerHonour, citation: '获得发明专利6项、实用新型专利29项' }, pioneerHonour], total: 2, page: 0, size: 20, totalExact: true });
      }),
    );
    const { user } = renderApp('/registry/honours', { user: testUsers.publicityStaff });
    // the table is drawn again once rows arrive (it scrolls only with rows): look it up after them
    expect(await screen.findByRole('link', { name: '王晓霞' }, { timeout: 5000 })).toBeInTheDocument();
    const table = screen.getByTestId('honours-table');
    expect(within(table).getByRole('link', { name: '王晓霞' })).toBeInTheDocument();
    expect(within(table).getByText('技术胶甲班')).toBeInTheDocument();
    expect(within(table).getByText('(2 名成员)')).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: '华宇防腐有限公司' })).toBeInTheDocument();
    expect(screen.queryByTestId('honour-create')).not.toBeInTheDocument();
    // the expand column is named 事迹 and opens the citation of the honour that has one (only that row can expand)
    expect(within(table).getByRole('columnheader', { name: '事迹' })).toBeInTheDocument();
    const expanders = within(table).getAllByRole('button', { name: /展开行|Expand row/ });
    expect(expanders).toHaveLength(1);
    await user.click(expanders[0]);
    expect(await screen.findByTestId(`honour-citation-${modelWorkerHonour.id}`)).toHaveTextContent('获得发明专利6项、实用新型专利29项');

    await user.type(within(screen.getByTestId('honour-search')).getByPlaceholderText('年度'), '2020');
    await user.click(screen.getByTestId('honour-search-submit'));
    await waitFor(() => expect(seen.at(-1)?.get('year')).toBe('2020'));
  }, 60_000);

  it('records an individual honour for a worker picked by search', async () => {
    const sent: unknown[] = [];
    server.use(
      http.post(apiUrl('/api/v1/honours'), async ({ request }) => {
        sent.push(await request.json());
        return HttpResponse.json(modelWorkerHonour, { status: 201 });
      }),
      ...registryHandlers(),
    );
    const { user } = renderApp('/registry/honours', { user: testUsers.federationLead });
    await user.click(await screen.findByTestId('honour-create'));
    const dialog = await screen.findByRole('dialog');
    await user.click(within(dialog).getByLabelText('类别'));
    await user.click(await screen.findByTitle('劳动模范'));
    await user.click(within(dialog).getByLabelText('荣誉称号'));
    await user.paste('全国劳动模范');
    await user.click(within(dialog).getByLabelText('级别'));
    await user.click(await screen.findByTitle('全国'));
    await user.click(within(dialog).getByLabelText('授予单位'));
    await user.paste('中共中央、国务院');
    await user.click(within(dialog).getByLabelText('获得者（个人）'));
    await user.click(await screen.findByTitle(/王晓霞 · 421202199001010029/));
    await user.click(screen.getByTestId('honour-save'));

    await waitFor(() => expect(sent).toHaveLength(1));
    expect(sent[0]).toMatchObject({ kind: 'INDIVIDUAL', category: 'MODEL_WORKER', level: 'NATIONAL', workerId: 1, title: '全国劳动模范' });
    expect(sent[0]).not.toHaveProperty('teamName');
  }, 60_000);
});
