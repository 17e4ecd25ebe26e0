import { App, Button, Card, Empty, Flex, Popconfirm, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { ItemList } from '@/components/item-list';
import { QueryState } from '@/components/query/query-state';
import { useDictionaries } from '@/lib/dictionaries';
import { formatDateTime } from '@/lib/format/dates';

import { useDecideExtension, useExtensionRequests } from '../../api/supervision';
import { EXTENSION_COLORS, type ExtensionRequest, type Task } from '../../types';
import { useDepartmentName, useTaskPermissions } from '../../utils/use-task-helpers';
import { ReasonModal } from '../reason-modal';

import { ExtensionForm } from './extension-form';

/** 延期申请: the task's requests; an assigned department asks, the lead unit approves (confirmed) or refuses (with a reason). */
export function ExtensionsCard({ task }: { task: Task }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { label } = useDictionaries();
  const requests = useExtensionRequests(task.id ?? 0);
  const decide = useDecideExtension(task.id ?? 0);
  const departmentName = useDepartmentName();
  const { isLead, isAssigned } = useTaskPermissions();
  const [asking, setAsking] = useState(false);
  const [refusing, setRefusing] = useState<ExtensionRequest | null>(null);
  const items = requests.data ?? [];
  const pending = items.some((r) => r.status === 'PENDING');
  const canAsk =
    isAssigned(task) && !pending && (task.status === 'NOT_STARTED' || task.status === 'IN_PROGRESS' || task.status === 'OVERDUE');
  return (
    <Card
      title={t('tasks.extension.list')}
      size="small"
      data-testid="extensions"
      extra={
        canAsk ? (
          <Button size="small" data-testid="extension-create" onClick={() => setAsking(true)}>
            {t('tasks.extension.create')}
          </Button>
        ) : null
      }
    >
      {decide.error && !refusing ? <ApiErrorAlert error={decide.error} /> : null}
      <QueryState query={requests} empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.extension.empty')} />}>
        {(items) => (
          <ItemList
            items={items}
            rowKey={(r) => r.id ?? 0}
            itemProps={() => ({ 'data-testid': 'extension' })}
            actions={(r) =>
              isLead && r.status === 'PENDING' ? (
                <Space>
                  <Popconfirm
                    title={t('tasks.extension.approveConfirm', { date: r.requestedDeadline })}
                    okButtonProps={{ 'data-testid': 'extension-approve-confirm' }}
                    onConfirm={() =>
                      decide.mutate(
                        { id: r.id ?? 0, action: 'approve', version: r.version ?? 0 },
                        { onSuccess: () => void message.success(t('tasks.extension.approved')) },
                      )
                    }
                  >
                    <Button type="primary" size="small" data-testid="extension-approve">
                      {t('tasks.extension.approve')}
                    </Button>
                  </Popconfirm>
                  <Button danger size="small" data-testid="extension-refuse" onClick={() => setRefusing(r)}>
                    {t('tasks.extension.refuse')}
                  </Button>
                </Space>
              ) : null
            }
            renderItem={(r) => (
              <Flex vertical gap={4}>
                <Space wrap>
                  <Tag color={r.status ? EXTENSION_COLORS[r.status] : 'default'} data-testid="extension-status">
                    {label('extension_status', r.status)}
                  </Tag>
                  <Typography.Text>
                    {t('tasks.extension.fromTo', { from: r.currentDeadline, to: r.requestedDeadline })}
                  </Typography.Text>
                </Space>
                <Typography.Text>{r.reason}</Typography.Text>
                <Typography.Text type="secondary">
                  {t('tasks.extension.requestedBy', {
                    department: departmentName(r.department),
                    user: r.requestedByName ?? r.requestedBy,
                    time: r.createdAt ? formatDateTime(r.createdAt) : '',
                  })}
                </Typography.Text>
                {r.decidedAt && (
                  <Typography.Text type="secondary" data-testid="extension-decision">
                    {t('tasks.extension.decidedBy', { user: r.decidedByName ?? r.decidedBy, time: formatDateTime(r.decidedAt) })}
                    {r.decisionReason ? `:${r.decisionReason}` : ''}
                  </Typography.Text>
                )}
              </Flex>
            )}
          />
        )}
      </QueryState>
      {asking && <ExtensionForm task={task} onClose={() => setAsking(false)} />}
      {refusing && (
        <ReasonModal
          title={t('tasks.extension.refuseTitle')}
          confirm={t('tasks.extension.refuseConfirm')}
          okText={t('tasks.extension.refuse')}
          loading={decide.isPending}
          error={decide.error}
          onClose={() => {
            decide.reset();
            setRefusing(null);
          }}
          onSubmit={(reason) =>
            decide.mutate(
              { id: refusing.id ?? 0, action: 'refuse', reason, version: refusing.version ?? 0 },
              {
                onSuccess: () => {
                  void message.success(t('tasks.extension.refused'));
                  setRefusing(null);
                },
              },
            )
          }
        />
      )}
    </Card>
  );
}
