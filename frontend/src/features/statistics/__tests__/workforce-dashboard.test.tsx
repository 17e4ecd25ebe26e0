import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { workforceSeries, workforceStatistics } from '@/testing/mocks/data';
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

  it('shows hidden cells as 已隐藏 with the note and the month end the protected answer is for', async () => {
    server.use(
      http.get(apiUrl('/api/v1/statistics/workforce'), () =>
        HttpResponse.json({
          ...workforceStatistics,
          asOf: '2020-11-30',
          suppressionApplied: true,
          party: { orgCoveragePercent: 100, members: null, suppressed: true },
        }),
      ),
    );
    renderApp('/', { user: testUsers.analyst });
    expect(await screen.findByTestId('stat-party-members')).toHaveTextContent('已隐藏');
    expect(screen.getByTestId('stat-total')).toHaveTextContent('22,165');
    const note = screen.getByTestId('suppression-note');
    expect(note).toHaveTextContent('小于 5 的数据以及可据以推算出它们的数据已隐藏');
    expect(note).toHaveTextContent('2020-11-30');
    expect(screen.getByTestId('statistics-as-of')).toHaveTextContent('统计日期 2020-11-30');
    // no single-enterprise filter is offered: the API refuses it outside the lead unit
    expect(screen.queryByTestId('statistics-enterprise')).not.toBeInTheDocument();
  });

  it('says so when the selection is too small to be shown at all', async () => {
    server.use(
      http.get(apiUrl('/api/v1/statistics/workforce'), () =>
        HttpResponse.json({ ...workforceStatistics, total: null, asOf: '2020-11-30', suppressionApplied: true }),
      ),
    );
    renderApp('/', { user: testUsers.analyst });
    expect(await screen.findByTestId('statistics-whole-hidden')).toHaveTextContent('人数少于 10 人');
    expect(screen.queryByTestId('stat-total')).not.toBeInTheDocument();
  });

  it('draws the trend of the last month ends and asks again for another breakdown', async () => {
    const seen: string[] = [];
    server.use(
      http.get(apiUrl('/api/v1/statistics/workforce/series'), ({ request }) => {
        seen.push(new URL(request.url).search);
        return HttpResponse.json(workforceSeries);
      }),
    );
    const { user } = renderApp('/');
    const trend = await screen.findByTestId('chart-trend');
    expect(trend).toHaveTextContent('趋势');
    await waitFor(() => expect(seen).toContain('?by=total'));
    await user.click(within(await screen.findByTestId('trend-by')).getByRole('combobox'));
    await user.click(await screen.findByTitle('性别'));
    await waitFor(() => expect(seen).toContain('?by=gender'));
    expect(within(trend).queryByTestId('trend-hidden-note')).not.toBeInTheDocument();
  });

  it('says that hidden months break the trend line', async () => {
    server.use(
      http.get(apiUrl('/api/v1/statistics/workforce/series'), () =>
        HttpResponse.json({
          ...workforceSeries,
          suppressionApplied: true,
          points: [{ ...workforceSeries.points[0], total: null, totalSuppressed: true }, workforceSeries.points[1]],
        }),
      ),
    );
    renderApp('/', { user: testUsers.analyst });
    expect(await screen.findByTestId('trend-hidden-note')).toHaveTextContent('已隐藏');
  });
});
