import { SearchOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Form, Input, Select, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import dayjs from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import type { AuditEvent } from '@/types/api';

import { useAuditEvents, type AuditEventFilter } from '../api/get-audit-events';

/** The actions the API records; an unknown one is still shown, by its code. */
const ACTIONS = ['PII_READ', 'SCOPE_DENIED', 'EXPORT_STARTED', 'EXPORT_FINISHED', 'EXPORT_ABORTED', 'EXPORT', 'LOOKUP', 'DUTY_DENIED', 'UPSERT'] as const;
const ACTION_COLORS: Record<string, string> = {
  PII_READ: 'gold',
  SCOPE_DENIED: 'red',
  EXPORT_STARTED: 'blue',
  EXPORT_FINISHED: 'green',
  EXPORT_ABORTED: 'orange',
  EXPORT: 'blue',
  LOOKUP: 'default',
  DUTY_DENIED: 'volcano',
  UPSERT: 'cyan',
};

/** 审计日志: who read personal data, who was refused another department's records, who exported what. */
export function AuditEventsTable() {
  const { t } = useTranslation();
  const [form] = Form.useForm<AuditEventFilter>();
  const [filter, setFilter] = useState<AuditEventFilter>({});
  const [page, setPage] = useState({ page: 0, size: 20 });
  const events = useAuditEvents({ ...filter, ...page });
  const actionLabel = (a: string) => t(`audit.actions.${a}` as const, { defaultValue: a });

  const columns: ColumnsType<AuditEvent> = [
    {
      title: t('audit.occurredAt'),
      dataIndex: 'occurredAt',
      key: 'occurredAt',
      width: 170,
      render: (at: string) => dayjs(at).format('YYYY-MM-DD HH:mm:ss'),
    },
    { title: t('audit.actor'), dataIndex: 'actor', key: 'actor', width: 160 },
    { title: t('audit.department'), dataIndex: 'department', key: 'department', width: 110, render: (d?: string) => d ?? '—' },
    { title: t('audit.client'), dataIndex: 'clientId', key: 'clientId', width: 110, render: (c?: string) => c ?? '—' },
    {
      title: t('audit.action'),
      dataIndex: 'action',
      key: 'action',
      width: 140,
      render: (a: string) => <Tag color={ACTION_COLORS[a]}>{actionLabel(a)}</Tag>,
    },
    {
      title: t('audit.record'),
      key: 'record',
      width: 150,
      render: (_, e) => (e.entityType ? `${e.entityType}${e.entityId ? ` #${e.entityId}` : ''}` : '—'),
    },
    { title: t('audit.outcome'), dataIndex: 'outcome', key: 'outcome', width: 100 },
    {
      title: t('audit.detail'),
      dataIndex: 'detail',
      key: 'detail',
      render: (d?: string) => (
        <Typography.Text ellipsis={{ tooltip: d }} style={{ maxWidth: 360 }}>
          {d ?? ''}
        </Typography.Text>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <Card>
        <Form
          form={form}
          layout="inline"
          data-testid="audit-search"
          onFinish={(values) => {
            setFilter({ action: values.action || undefined, actor: values.actor?.trim() || undefined });
            setPage((p) => ({ ...p, page: 0 }));
          }}
        >
          <Form.Item name="actor">
            <Input allowClear placeholder={t('audit.actor')} prefix={<SearchOutlined />} maxLength={100} style={{ width: 200 }} />
          </Form.Item>
          <Form.Item name="action">
            <Select
              aria-label={t('audit.action')}
              allowClear
              placeholder={t('audit.action')}
              style={{ width: 160 }}
              data-testid="audit-action"
              options={ACTIONS.map((a) => ({ value: a, label: actionLabel(a) }))}
            />
          </Form.Item>
          <Form.Item>
            <Space>
              <Button type="primary" htmlType="submit">
                {t('audit.search')}
              </Button>
              <Button
                onClick={() => {
                  form.resetFields();
                  setFilter({});
                  setPage((p) => ({ ...p, page: 0 }));
                }}
              >
                {t('audit.reset')}
              </Button>
            </Space>
          </Form.Item>
        </Form>
      </Card>
      <Card title={t('audit.title')} extra={<Typography.Text type="secondary">{t('audit.hint')}</Typography.Text>}>
        {events.error ? (
          <ApiErrorAlert error={events.error} onRetry={() => void events.refetch()} />
        ) : (
          <Table<AuditEvent>
            data-testid="audit-table"
            rowKey="id"
            size="middle"
            loading={events.isFetching}
            columns={columns}
            dataSource={events.data?.items ?? []}
            pagination={{
              current: page.page + 1,
              pageSize: page.size,
              total: events.data?.total ?? 0,
              showSizeChanger: true,
              pageSizeOptions: [20, 50, 100, 200],
              showTotal: (total) => t('audit.total', { count: total }),
              onChange: (current, size) => setPage({ page: current - 1, size }),
            }}
          />
        )}
      </Card>
    </Flex>
  );
}
