import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { WebhookSubscriptionsAdmin } from '@/features/webhooks/components/webhook-subscriptions-admin';

/** Webhook 订阅: subscriptions of other systems and their deliveries, for administrators. */
export function WebhooksPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('menu.webhooks')}
      </Typography.Title>
      <WebhookSubscriptionsAdmin />
    </Flex>
  );
}
