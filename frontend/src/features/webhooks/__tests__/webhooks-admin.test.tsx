import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';

import { apiUrl } from '@/testing/mocks/handlers';
import { server } from '@/testing/mocks/server';
import { renderApp, screen, testUsers, waitFor, within } from '@/testing/test-utils';

const subscription = (id: number, extra: Record<string, unknown> = {}) => ({
  id,
  url: `https://hr${id}.example.gov.cn/xianan/webhook`,
  eventTypes: ['worker', 'subsidy-application'],
  description: null,
  status: 'ACTIVE',
  pausedReason: null,
  owner: 'service-account-hr-system',
  ownerName: '区人社局人事系统',
  ownerDepartment: 'hrss',
  ownerDepartmentName: '区人社局',
  ownerClient: 'hr-system',
  consecutiveFailures: 0,
  failingSince: null,
  version: 1,
  createdAt: '2026-11-30T08:15:00Z',
  secret: null,
  ...extra,
});

const delivery = (id: number, extra: Record<string, unknown> = {}) => ({
  id,
  subscriptionId: 1,
  eventId: `cursor-${id}`,
  type: 'worker',
  status: 'FAILED',
  attempts: 5,
  lastStatusCode: 503,
  lastError: 'Service Unavailable',
  lastAttemptAt: '2026-12-01T02:00:00Z',
  nextAttemptAt: null,
  deliveredAt: null,
  createdAt: '2026-12-01T01:00:00Z',
  ...extra,
});

function serveSubscriptions() {
  const posts: string[] = [];
  server.use(
    http.get(apiUrl('/api/v1/webhooks/subscriptions'), () =>
      HttpResponse.json({
        items: [
          subscription(1),
          subscription(2, { status: 'PAUSED', pausedReason: '连续失败 20 次', consecutiveFailures: 20, failingSince: '2026-12-01T01:00:00Z' }),
        ],
        total: 2,
      }),
    ),
    http.post(apiUrl('/api/v1/webhooks/subscriptions/:id/pause'), ({ params }) => {
      posts.push(`pause ${String(params.id)}`);
      return HttpResponse.json(subscription(Number(params.id), { status: 'PAUSED', pausedReason: 'by admin' }));
    }),
    http.get(apiUrl('/api/v1/webhooks/subscriptions/:id/deliveries'), () =>
      HttpResponse.json({ items: [delivery(11), delivery(12, { status: 'DELIVERED', attempts: 1, lastStatusCode: 200, lastError: null })], total: 2, page: 0, size: 20 }),
    ),
    http.post(apiUrl('/api/v1/webhooks/deliveries/:id/replay'), ({ params }) => {
      posts.push(`redeliver ${String(params.id)}`);
      return HttpResponse.json(delivery(Number(params.id), { status: 'PENDING' }));
    }),
  );
  return posts;
}

// the route is lazy and the table wide: on a busy machine it takes seconds
describe('Webhook 订阅 admin page', { timeout: 90000 }, () => {
  it('lists the subscriptions with their status labels and the paused reason', async () => {
    serveSubscriptions();
    renderApp('/webhooks', { user: testUsers.admin });
    const table = await screen.findByTestId('webhook-subscriptions', {}, { timeout: 30000 });
    expect(await within(table).findByText('https://hr1.example.gov.cn/xianan/webhook', {}, { timeout: 10000 })).toBeInTheDocument();
    expect(within(table).getByTestId('webhook-status-1')).toHaveTextContent('正常');
    expect(within(table).getByTestId('webhook-status-2')).toHaveTextContent('已暂停');
    expect(within(table).getByText('暂停原因:连续失败 20 次')).toBeInTheDocument();
    expect(within(table).getAllByText('subsidy-application')).toHaveLength(2);
    // the owner by name with the department, not by login
    expect(within(table).getAllByTestId('person-name')[0]).toHaveTextContent('区人社局人事系统 · 区人社局');
    expect(table).not.toHaveTextContent('service-account-hr-system');
    // failing since, through the app's one date-time format (the time in the test's own time zone)
    expect(within(table).getByText(/^2026-12-01 \d{2}:00$/)).toBeInTheDocument();
    expect(within(screen.getByTestId('side-menu')).getByText('Webhook 订阅')).toBeInTheDocument();
  });

  it('pauses a subscription only after the confirmation', async () => {
    const posts = serveSubscriptions();
    const { user } = renderApp('/webhooks', { user: testUsers.admin });
    await user.click(await screen.findByTestId('webhook-pause-1', {}, { timeout: 30000 }));
    expect(posts).toEqual([]);
    await user.click(await screen.findByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() => expect(posts).toEqual(['pause 1']));
    expect(await screen.findByText('已暂停', { selector: '.ant-message *' })).toBeInTheDocument();
  });

  it('opens the deliveries of a subscription and delivers one again after the confirmation', async () => {
    const posts = serveSubscriptions();
    const { user } = renderApp('/webhooks', { user: testUsers.admin });
    await user.click(await screen.findByTestId('webhook-deliveries-1', {}, { timeout: 30000 }));
    const deliveries = await screen.findByTestId('webhook-deliveries', {}, { timeout: 10000 });
    expect(await within(deliveries).findByText('失败')).toBeInTheDocument();
    expect(within(deliveries).getByText('已送达')).toBeInTheDocument();
    expect(within(deliveries).getByText('503')).toBeInTheDocument();
    expect(within(deliveries).getByText('Service Unavailable')).toBeInTheDocument();
    await user.click(within(deliveries).getByTestId('redeliver-11'));
    expect(posts).toEqual([]);
    await user.click(await screen.findByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() => expect(posts).toEqual(['redeliver 11']));
    expect(await screen.findByText('已重新排队投递')).toBeInTheDocument();
  });

  it('replays from a cursor after the confirmation, sending the cursor', async () => {
    serveSubscriptions();
    const bodies: unknown[] = [];
    server.use(
      http.post(apiUrl('/api/v1/webhooks/subscriptions/:id/replay'), async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ queued: 3, nextCursor: null, hasMore: false });
      }),
    );
    const { user } = renderApp('/webhooks', { user: testUsers.admin });
    await user.click(await screen.findByTestId('webhook-replay-2', {}, { timeout: 30000 }));
    await user.type(await screen.findByTestId('webhook-replay-after-2'), 'cursor-42');
    expect(bodies).toEqual([]);
    await user.click(await screen.findByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() => expect(bodies).toEqual([{ after: 'cursor-42' }]));
    expect(await screen.findByText('已排队 3 条待重发')).toBeInTheDocument();
  });

  it('is neither in the menu nor open to a user without admin', async () => {
    renderApp('/webhooks', { user: testUsers.publicityStaff });
    expect(await screen.findByTestId('forbidden', {}, { timeout: 30000 })).toHaveTextContent('无权访问');
    expect(within(await screen.findByTestId('side-menu')).queryByText('Webhook 订阅')).not.toBeInTheDocument();
  });
});
