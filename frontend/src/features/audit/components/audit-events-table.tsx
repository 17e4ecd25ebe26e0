import { DownloadOutlined, SearchOutlined } from '@ant-design/icons';
import { App, Button, DatePicker, Dropdown, Form, Input, Select, Space, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { FilteredList, useListState } from '@/components/list/filtered-list';
import { useDictionaries } from '@/lib/dictionaries';
import { formatDateTime } from '@/lib/format/dates';
import type { AuditEvent } from '@/types/api';

import { exportAuditEvents, useAuditEvents, type AuditEventFilter } from '../api/get-audit-events';
import { describeDetail } from '../utils/describe-detail';

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

type FormValues = { actor?: string; department?: string; action?: string; entityType?: string; days?: [Dayjs, Dayjs] | null };

/** The record an event is about, for people: 工人「王*霞」, 企业「某某公司」, 工人 (a list) when no single record. */
export function useRecordText() {
  const { label } = useDictionaries();
  return (e: AuditEvent) => {
    if (!e.entityType) return '';
    const kind = label('record_kind', e.entityType);
    if (e.entityLabel) return `${kind}「${e.entityLabel}」`;
    return e.entityId ? `${kind} #${e.entityId}` : kind;
  };
}

/**
 * 审计日志, read as sentences: who (name and department at the time), did what to which record,
 * when, through which system; filters by person, department, action, record kind and days; export.
 */
export function AuditEventsTable({ departments = [] }: { departments?: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const dictionary = useDictionaries();
  const recordText = useRecordText();
  const [form] = Form.useForm<FormValues>();
  const { filter, setFilter, paging, setPaging, query } = useListState<AuditEventFilter>({});
  const [exporting, setExporting] = useState(false);
  const events = useAuditEvents(query);

  const columns: ColumnsType<AuditEvent> = [
    {
      title: t('audit.occurredAt'),
      dataIndex: 'occurredAt',
      key: 'occurredAt',
      width: 170,
      render: (at: string) => formatDateTime(at),
    },
    {
      title: t('audit.what'),
      key: 'sentence',
      render: (_, e) => (
        <Space size={4} wrap data-testid="audit-sentence">
          <Typography.Text strong title={e.actor}>
            {e.actorName ?? e.actor}
          </Typography.Text>
          {e.departmentName && <Typography.Text type="secondary">（{e.departmentName}）</Typography.Text>}
          <Tag color={ACTION_COLORS[e.action ?? ''] ?? 'default'}>{dictionary.label('audit_action', e.action)}</Tag>
          <Typography.Text>{recordText(e)}</Typography.Text>
        </Space>
      ),
    },
    {
      title: t('audit.client'),
      dataIndex: 'clientId',
      key: 'clientId',
      width: 150,
      render: (c?: string) => (c ? dictionary.label('client', c) : t('audit.noClient')),
    },
    {
      title: t('audit.outcome'),
      dataIndex: 'outcome',
      key: 'outcome',
      width: 90,
      render: (o?: string) => dictionary.label('audit_outcome', o),
    },
    {
      title: t('audit.detail'),
      dataIndex: 'detail',
      key: 'detail',
      width: 260,
      render: (d?: string) => {
        const sentence = describeDetail(d, t);
        return (
          <Typography.Text type="secondary" ellipsis={{ tooltip: sentence }} style={{ maxWidth: 240 }}>
            {sentence}
          </Typography.Text>
        );
      },
    },
  ];

  const download = async (format: 'csv' | 'xlsx') => {
    setExporting(true);
    try {
      await exportAuditEvents(filter, format);
    } catch (e) {
      void message.error(e instanceof Error ? e.message : String(e));
    } finally {
      setExporting(false);
    }
  };

  const search = (values: FormValues) =>
    setFilter({
      actor: values.actor?.trim() || undefined,
      department: values.department || undefined,
      action: values.action || undefined,
      entityType: values.entityType || undefined,
      from: values.days?.[0]?.format('YYYY-MM-DD'),
      to: values.days?.[1]?.format('YYYY-MM-DD'),
    });

  return (
    <FilteredList<FormValues, AuditEvent>
      form={form}
      name="audit-search"
      onSearch={search}
      filters={
        <>
          <Form.Item name="actor" label={t('audit.actor')}>
            <Input allowClear placeholder={t('audit.actorHint')} prefix={<SearchOutlined />} maxLength={100} style={{ width: 180 }} />
          </Form.Item>
          <Form.Item name="department" label={t('audit.department')}>
            <Select allowClear style={{ width: 170 }} data-testid="audit-department" options={departments} />
          </Form.Item>
          <Form.Item name="action" label={t('audit.action')}>
            <Select allowClear style={{ width: 170 }} data-testid="audit-action" options={dictionary.options('audit_action')} />
          </Form.Item>
          <Form.Item name="entityType" label={t('audit.record')}>
            <Select allowClear style={{ width: 140 }} data-testid="audit-record-kind" options={dictionary.options('record_kind')} />
          </Form.Item>
          <Form.Item name="days" label={t('audit.days')}>
            <DatePicker.RangePicker allowEmpty={[true, true]} />
          </Form.Item>
        </>
      }
      title={t('audit.title')}
      extra={
        <Space>
          <Typography.Text type="secondary">{t('audit.hint')}</Typography.Text>
          <Dropdown
            menu={{
              items: [
                { key: 'xlsx', label: t('audit.exportXlsx') },
                { key: 'csv', label: t('audit.exportCsv') },
              ],
              onClick: ({ key }) => void download(key as 'csv' | 'xlsx'),
            }}
          >
            <Button icon={<DownloadOutlined />} loading={exporting} data-testid="audit-export">
              {t('audit.export')}
            </Button>
          </Dropdown>
        </Space>
      }
      query={events}
      columns={columns}
      rowKey="id"
      paging={paging}
      onPaging={setPaging}
      // no sideways scrolling, as before: the table element stays the same one when the rows arrive
      scrollX={false}
      pagination={{ pageSizeOptions: [20, 50, 100, 200], showTotal: (total) => t('audit.total', { count: total }) }}
      tableTestId="audit-table"
    />
  );
}
