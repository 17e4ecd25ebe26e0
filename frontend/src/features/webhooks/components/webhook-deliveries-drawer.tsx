import { App, Button, Drawer, Popconfirm, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { QueryState } from '@/components/query/query-state';
import { formatDateTime } from '@/lib/format/dates';
import type { WebhookDelivery, WebhookSubscription } from '@/types/api';

import { useWebhookDeliveries, useWebhookWrites } from '../api/webhooks';

const DELIVERY_COLORS: Record<WebhookDelivery['status'], string> = {
  PENDING: 'blue',
  DELIVERED: 'green',
  FAILED: 'red',
  PAUSED: 'orange',
};

/** The deliveries of one subscription, newest first, each with 重新投递 behind a confirmation. */
export function WebhookDeliveriesDrawer({ subscription, onClose }: { subscription: WebhookSubscription | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [page, setPage] = useState({ page: 0, size: 20 });
  const deliveries = useWebhookDeliveries(subscription?.id, page);
  const writes = useWebhookWrites();

  const redeliver = async (d: WebhookDelivery) => {
    try {
      await writes.redeliver.mutateAsync(d.id);
      void message.success(t('webhooks.redelivered'));
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  const columns: ColumnsType<WebhookDelivery> = [
    { title: t('webhooks.eventType'), dataIndex: 'type', key: 'type', width: 140, render: (type: string) => <Tag>{type}</Tag> },
    {
      title: t('webhooks.status'),
      dataIndex: 'status',
      key: 'status',
      width: 90,
      render: (s: WebhookDelivery['status']) => <Tag color={DELIVERY_COLORS[s]}>{t(`webhooks.deliveryStatuses.${s}`)}</Tag>,
    },
    { title: t('webhooks.attempts'), dataIndex: 'attempts', key: 'attempts', width: 80 },
    { title: t('webhooks.lastStatusCode'), dataIndex: 'lastStatusCode', key: 'lastStatusCode', width: 110, render: (c: number | null) => c ?? '—' },
    {
      title: t('webhooks.lastError'),
      dataIndex: 'lastError',
      key: 'lastError',
      ellipsis: true,
      render: (e: string | null) => (e ? <Typography.Text type="danger" title={e}>{e}</Typography.Text> : '—'),
    },
    { title: t('webhooks.lastAttemptAt'), dataIndex: 'lastAttemptAt', key: 'lastAttemptAt', width: 150, render: (at: string | null) => formatDateTime(at) },
    { title: t('webhooks.nextAttemptAt'), dataIndex: 'nextAttemptAt', key: 'nextAttemptAt', width: 150, render: (at: string | null) => formatDateTime(at) },
    {
      title: t('webhooks.actions'),
      key: 'actions',
      width: 100,
      render: (_, d) => (
        <Popconfirm title={t('webhooks.confirmRedeliver')} onConfirm={() => redeliver(d)}>
          <Button size="small" type="link" data-testid={`redeliver-${d.id}`}>
            {t('webhooks.redeliver')}
          </Button>
        </Popconfirm>
      ),
    },
  ];

  return (
    <Drawer
      open={subscription !== null}
      onClose={onClose}
      title={subscription ? t('webhooks.deliveriesOf', { url: subscription.url }) : ''}
      size={1100}
      destroyOnHidden
    >
      <QueryState query={deliveries} isEmpty={() => false}>{() => (
        <Table<WebhookDelivery>
          data-testid="webhook-deliveries"
          rowKey="id"
          size="small"
          loading={deliveries.isLoading}
          columns={columns}
          dataSource={deliveries.data?.items ?? []}
          locale={{ emptyText: t('webhooks.noDeliveries') }}
          pagination={{
            current: page.page + 1,
            pageSize: page.size,
            total: deliveries.data?.total ?? 0,
            onChange: (p, size) => setPage({ page: p - 1, size }),
          }}
        />
      )}</QueryState>
    </Drawer>
  );
}
