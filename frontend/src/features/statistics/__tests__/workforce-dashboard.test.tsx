import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { workforceStatistics } from '@/testing/mocks/data';
import { apiUrl } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, testUsers, waitFor, within } from '@/testing/test-utils';

describe('workforce profile on the dashboard (产业工人队伍概况)', () => {
  it('shows the API figures as cards and charts', async () => {
    renderApp('/');
    const dashboard = await screen.findByTestId('workforce-dashboard');
    expect(await within(dashboard).findByTestId('stat-total')).toHaveTextContent('22,165');
    expect(within(dashboard).getByTestId('stat-migrant')).toHaveTextContent('75.0%');
    expect(within(dashboard).getByTestId('stat-outside')).toHaveTextContent('7.0%');
    expect(within(dashboard).getByTestId('stat-union-coverage')).toHaveTextContent('92.0%');
    expect(within(dashboard).getByTestId('stat-union-membership')).toHaveTextContent('94.0%');
    expect(within(dashboard).getByTestId('stat-party-coverage')).toHaveTextContent('90.0%');
    expect(within(dashboard).getByTestId('stat-party-members')).toHaveTextContent('1,663');
    for (const chart of ['chart-gender', 'chart-education', 'chart-skillTier', 'chart-wageBand', 'chart-ageBand', 'chart-industry']) {
      expect(within(dashboard).getByTestId(chart)).toBeInTheDocument();
    }
    expect(within(dashboard).queryByTestId('suppression-note')).not.toBeInTheDocument();
  });

  it('asks the API again with the industry filter', async () => {
    const seen: string[] = [];
    server.use(
      http.get(apiUrl('/api/v1/statistics/workforce'), ({ request }) => {
        seen.push(new URL(request.url).search);
        return HttpResponse.json(workforceStatistics);
      }),
    );
    const { user } = renderApp('/');
    await screen.findByTestId('stat-total');
    const select = await screen.findByTestId('statistics-industry');
    await user.click(within(select).getByRole('combobox'));
    await user.click(await screen.findByTitle('纺织'));
    await waitFor(() => expect(seen).toContain('?industry=textiles'));
  });

  it('shows suppressed small counts as <5 with an explanation for analysts', async () => {
    server.use(
      http.get(apiUrl('/api/v1/statistics/workforce'), () =>
        HttpResponse.json({
          ...workforceStatistics,
          total: null,
          suppressionApplied: true,
          party: { orgCoveragePercent: 100, members: null, suppressed: true },
        }),
      ),
    );
    renderApp('/', { user: testUsers.analyst });
    expect(await screen.findByTestId('stat-total')).toHaveTextContent('<5');
    expect(screen.getByTestId('stat-party-members')).toHaveTextContent('<5');
    expect(screen.getByTestId('suppression-note')).toHaveTextContent('1–4 人的小类别不予显示');
  });
});
