import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, Flex, Popover, Spin, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';

import { QueryState } from '@/components/query/query-state';
import { useAuth } from '@/lib/auth/auth-context';
import { ROLES } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/format/dates';

import { useMarkAllNotificationsRead, useMarkNotificationRead, useNotifications } from '../api/notifications';
import { toTask } from '../paths';
import type { Notification } from '../types';

const KIND_COLORS = { REMINDER: 'gold', NOTICE: 'orange', ASSIGNMENT: 'blue', OVERDUE: 'red', ESCALATION: 'volcano', EXTENSION: 'purple', SIGN_OFF: 'cyan' } as const;

/** The header's bell: unread count, the latest notifications, mark one (by opening it) or all read. */
export function NotificationBell() {
  const { t } = useTranslation();
  const { canAccess } = useAuth();
  const allowed = canAccess([ROLES.staff, ROLES.lead]);
  const notifications = useNotifications(allowed);
  const markRead = useMarkNotificationRead();
  const markAll = useMarkAllNotificationsRead();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  if (!allowed) return null;

  const unread = notifications.data?.unreadCount ?? 0;
  const openOne = (n: Notification) => {
    if (!n.read && n.id !== undefined) markRead.mutate(n.id);
    setOpen(false);
    if (n.taskId) void navigate(toTask(n.taskId));
  };

  const content = (
    <div style={{ width: 360, maxHeight: 420, overflowY: 'auto' }} data-testid="notification-list">
      <QueryState
        query={notifications}
        loading={<Spin />}
        isEmpty={(data) => (data.items ?? []).length === 0}
        empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.bell.empty')} />}
      >
        {(data) => (
          <ul style={{ listStyle: 'none', margin: 0, padding: 0 }}>
            {(data.items ?? []).map((n) => (
              <li
                key={n.id}
                data-testid="notification"
                data-read={n.read ? 'true' : 'false'}
                role="button"
                tabIndex={0}
                style={{ cursor: 'pointer', background: n.read ? undefined : '#e6f4ff', padding: '8px', borderBottom: '1px solid #f0f0f0' }}
                onClick={() => openOne(n)}
                onKeyDown={(event) => {
                  if (event.key === 'Enter' || event.key === ' ') {
                    event.preventDefault();
                    openOne(n);
                  }
                }}
              >
                <Flex vertical gap={2}>
                  <Flex gap={6} align="center">
                    {n.kind && <Tag color={KIND_COLORS[n.kind]}>{t(`tasks.bell.kinds.${n.kind}`)}</Tag>}
                    <Typography.Text strong={!n.read} ellipsis style={{ maxWidth: 250 }}>
                      {n.taskTitle}
                    </Typography.Text>
                  </Flex>
                  <Typography.Text>{n.text}</Typography.Text>
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {n.createdAt ? formatDateTime(n.createdAt) : ''}
                  </Typography.Text>
                </Flex>
              </li>
            ))}
          </ul>
        )}
      </QueryState>
    </div>
  );

  return (
    <Popover
      trigger="click"
      open={open}
      onOpenChange={setOpen}
      placement="bottomRight"
      title={
        <Flex justify="space-between" align="center">
          <span>
            {t('tasks.bell.title')}
            {unread > 0 && <Typography.Text type="secondary"> · {t('tasks.bell.unread', { count: unread })}</Typography.Text>}
          </span>
          <Button size="small" type="link" disabled={unread === 0} loading={markAll.isPending} data-testid="notifications-read-all" onClick={() => markAll.mutate()}>
            {t('tasks.bell.markAll')}
          </Button>
        </Flex>
      }
      content={content}
    >
      <Badge count={unread} size="small" data-testid="notification-count">
        <Button type="text" shape="circle" icon={<BellOutlined />} aria-label={t('tasks.bell.title')} data-testid="notification-bell" />
      </Badge>
    </Popover>
  );
}
