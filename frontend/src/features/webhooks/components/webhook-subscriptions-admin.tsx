import { App, Button, Flex, Input, Popconfirm, Space, Table, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { PersonName } from '@/lib/dictionaries';
import { formatDateTime } from '@/lib/format/dates';
import type { WebhookSubscription } from '@/types/api';

import { useWebhookSubscriptions, useWebhookWrites } from '../api/webhooks';

import { WebhookDeliveriesDrawer } from './webhook-deliveries-drawer';

/**
 * Webhook 订阅 (admin): every subscription with its status and failures; pause, resume, replay from
 * a cursor and delete, each after a confirmation; the deliveries of one in a drawer. Systems create
 * subscriptions through the API, so there is no 新增 here.
 */
export function WebhookSubscriptionsAdmin() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const subscriptions = useWebhookSubscriptions();
  const writes = useWebhookWrites();
  const [deliveriesOf, setDeliveriesOf] = useState<WebhookSubscription | null>(null);
  const [replayAfter, setReplayAfter] = useState('');

  const run = async (action: () => Promise<unknown>, done: string) => {
    try {
      await action();
      void message.success(done);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  const replay = async (s: WebhookSubscription) => {
    try {
      const result = await writes.replay.mutateAsync({ id: s.id, after: replayAfter.trim() || undefined });
      setReplayAfter('');
      void message.success(
        result.hasMore
          ? t('webhooks.replayMore', { count: result.queued, cursor: result.nextCursor ?? '' })
          : t('webhooks.replayQueued', { count: result.queued }),
      );
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    }
  };

  if (subscriptions.error) return <ApiErrorAlert error={subscriptions.error} onRetry={() => void subscriptions.refetch()} />;

  const columns: ColumnsType<WebhookSubscription> = [
    {
      title: t('webhooks.url'),
      dataIndex: 'url',
      key: 'url',
      ellipsis: true,
      render: (url: string, s) => (
        <Flex vertical>
          <Typography.Text copyable={{ text: url }} title={url}>
            {url}
          </Typography.Text>
          {s.description && <Typography.Text type="secondary">{s.description}</Typography.Text>}
        </Flex>
      ),
    },
    {
      title: t('webhooks.eventTypes'),
      dataIndex: 'eventTypes',
      key: 'eventTypes',
      width: 200,
      render: (types: string[]) => (
        <Space size={[4, 4]} wrap>
          {types.map((type) => (
            <Tag key={type}>{type}</Tag>
          ))}
        </Space>
      ),
    },
    {
      title: t('webhooks.owner'),
      key: 'owner',
      width: 150,
      // the owner by name (a system by its client's name) with the department; the login only in the tooltip
      render: (_, s) => <PersonName name={s.ownerName} login={s.owner} department={s.ownerDepartmentName ?? s.ownerDepartment} />,
    },
    {
      title: t('webhooks.status'),
      key: 'status',
      width: 110,
      render: (_, s) => {
        const tag = (
          <Tag color={s.status === 'ACTIVE' ? 'green' : 'orange'} data-testid={`webhook-status-${s.id}`}>
            {t(`webhooks.statuses.${s.status}`)}
          </Tag>
        );
        return s.status === 'PAUSED' && s.pausedReason ? (
          <Flex vertical gap={2}>
            <Tooltip title={s.pausedReason}>{tag}</Tooltip>
            <Typography.Text type="secondary" style={{ fontSize: 12 }}>
              {t('webhooks.pausedReason', { reason: s.pausedReason })}
            </Typography.Text>
          </Flex>
        ) : (
          tag
        );
      },
    },
    {
      title: t('webhooks.consecutiveFailures'),
      dataIndex: 'consecutiveFailures',
      key: 'consecutiveFailures',
      width: 90,
      render: (n: number) => (n > 0 ? <Typography.Text type="danger">{n}</Typography.Text> : n),
    },
    { title: t('webhooks.failingSince'), dataIndex: 'failingSince', key: 'failingSince', width: 150, render: (at: string | null) => formatDateTime(at) },
    { title: t('webhooks.createdAt'), dataIndex: 'createdAt', key: 'createdAt', width: 150, render: (at: string) => formatDateTime(at) },
    {
      title: t('webhooks.actions'),
      key: 'actions',
      width: 260,
      render: (_, s) => (
        <Space size={0} wrap>
          {s.status === 'ACTIVE' ? (
            <Popconfirm
              title={t('webhooks.confirmPause', { url: s.url })}
              onConfirm={() => run(() => writes.pause.mutateAsync(s.id), t('webhooks.paused'))}
            >
              <Button size="small" type="link" data-testid={`webhook-pause-${s.id}`}>
                {t('webhooks.pause')}
              </Button>
            </Popconfirm>
          ) : (
            <Popconfirm
              title={t('webhooks.confirmResume', { url: s.url })}
              onConfirm={() => run(() => writes.resume.mutateAsync(s.id), t('webhooks.resumed'))}
            >
              <Button size="small" type="link" data-testid={`webhook-resume-${s.id}`}>
                {t('webhooks.resume')}
              </Button>
            </Popconfirm>
          )}
          <Popconfirm
            title={t('webhooks.replayTitle')}
            description={
              <Flex vertical gap={4} style={{ maxWidth: 320 }}>
                <Input
                  placeholder={t('webhooks.replayAfter')}
                  value={replayAfter}
                  onChange={(e) => setReplayAfter(e.target.value)}
                  data-testid={`webhook-replay-after-${s.id}`}
                />
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('webhooks.replayAfterHint')}
                </Typography.Text>
              </Flex>
            }
            onOpenChange={(open) => {
              if (open) setReplayAfter('');
            }}
            onConfirm={() => replay(s)}
          >
            <Button size="small" type="link" data-testid={`webhook-replay-${s.id}`}>
              {t('webhooks.replay')}
            </Button>
          </Popconfirm>
          <Button size="small" type="link" onClick={() => setDeliveriesOf(s)} data-testid={`webhook-deliveries-${s.id}`}>
            {t('webhooks.deliveries')}
          </Button>
          <Popconfirm
            title={t('webhooks.confirmDelete')}
            okButtonProps={{ danger: true }}
            onConfirm={() => run(() => writes.remove.mutateAsync(s.id), t('webhooks.deleted'))}
          >
            <Button size="small" type="link" danger data-testid={`webhook-delete-${s.id}`}>
              {t('webhooks.delete')}
            </Button>
          </Popconfirm>
        </Space>
      ),
    },
  ];

  return (
    <Flex vertical gap={12}>
      <Typography.Text type="secondary">{t('webhooks.hint')}</Typography.Text>
      <Table<WebhookSubscription>
        data-testid="webhook-subscriptions"
        rowKey="id"
        size="middle"
        loading={subscriptions.isLoading}
        columns={columns}
        dataSource={subscriptions.data?.items ?? []}
        locale={{ emptyText: t('webhooks.empty') }}
        pagination={false}
        scroll={{ x: 1200 }}
      />
      <WebhookDeliveriesDrawer subscription={deliveriesOf} onClose={() => setDeliveriesOf(null)} />
    </Flex>
  );
}
