import { keepPreviousData, queryOptions, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';

import { api } from '@/lib/api-client';
import type { WebhookDelivery, WebhookDeliveryPage, WebhookReplayResult, WebhookSubscription, WebhookSubscriptionPage } from '@/types/api';

export type WebhookDeliveryQuery = { page: number; size: number };

export const webhookKeys = {
  all: ['webhooks'] as const,
  subscriptions: () => [...webhookKeys.all, 'subscriptions'] as const,
  deliveries: (subscriptionId: number) => [...webhookKeys.all, 'deliveries', subscriptionId] as const,
  deliveryPage: (subscriptionId: number, query: WebhookDeliveryQuery) => [...webhookKeys.deliveries(subscriptionId), query] as const,
};

const base = '/api/v1/webhooks';
const subscriptionPath = (id: number) => `${base}/subscriptions/${encodeURIComponent(String(id))}`;

/** `GET /api/v1/webhooks/subscriptions`: an admin sees every subscription, others their own. */
export const getWebhookSubscriptionsQueryOptions = () =>
  queryOptions({
    queryKey: webhookKeys.subscriptions(),
    queryFn: ({ signal }) => api.get<WebhookSubscriptionPage>(`${base}/subscriptions`, { signal }),
  });

export const useWebhookSubscriptions = () => useQuery(getWebhookSubscriptionsQueryOptions());

/** `GET /api/v1/webhooks/subscriptions/{id}/deliveries`: newest first. */
export const getWebhookDeliveriesQueryOptions = (subscriptionId: number, query: WebhookDeliveryQuery) =>
  queryOptions({
    queryKey: webhookKeys.deliveryPage(subscriptionId, query),
    queryFn: ({ signal }) => api.get<WebhookDeliveryPage>(`${subscriptionPath(subscriptionId)}/deliveries`, { params: query, signal }),
    placeholderData: keepPreviousData,
  });

export const useWebhookDeliveries = (subscriptionId: number | undefined, query: WebhookDeliveryQuery) =>
  useQuery({ ...getWebhookDeliveriesQueryOptions(subscriptionId ?? 0, query), enabled: subscriptionId !== undefined });

/** Pause, resume, replay and delete of subscriptions, and the replay of one delivery; each refreshes what it changed. */
export function useWebhookWrites() {
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: webhookKeys.all });
  return {
    pause: useMutation({
      mutationFn: (id: number) => api.post<WebhookSubscription>(`${subscriptionPath(id)}/pause`),
      onSuccess: refresh,
    }),
    resume: useMutation({
      mutationFn: (id: number) => api.post<WebhookSubscription>(`${subscriptionPath(id)}/resume`),
      onSuccess: refresh,
    }),
    replay: useMutation({
      mutationFn: ({ id, after }: { id: number; after?: string }) =>
        api.post<WebhookReplayResult>(`${subscriptionPath(id)}/replay`, after ? { after } : {}),
      onSuccess: refresh,
    }),
    remove: useMutation({
      mutationFn: (id: number) => api.delete(subscriptionPath(id)),
      onSuccess: refresh,
    }),
    redeliver: useMutation({
      mutationFn: (deliveryId: number) => api.post<WebhookDelivery>(`${base}/deliveries/${encodeURIComponent(String(deliveryId))}/replay`),
      onSuccess: refresh,
    }),
  };
}
