import { WebhookSubscriptionsAdmin } from '@/features/webhooks/components/webhook-subscriptions-admin';

/** Webhook 订阅: subscriptions of other systems and their deliveries, for administrators. The page header above names it. */
export function WebhooksPage() {
  return <WebhookSubscriptionsAdmin />;
}
