import { CloudUploadOutlined, DownloadOutlined, HistoryOutlined, PlusOutlined } from '@ant-design/icons';
import { App, Button, Card, DatePicker, Drawer, Flex, Form, Input, InputNumber, Modal, Result, Select, Space, Table, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import type { Dayjs } from 'dayjs';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { HistoryTimeline } from '@/components/history/history-timeline';
import { QueryState } from '@/components/query/query-state';
import type { DepartmentRecord, ImportJob, RecordType } from '@/types/api';

import { recordKeys } from '../api/keys';
import {
  downloadRecords,
  downloadRecordTemplate,
  submitRecordImport,
  useRecordHistory,
  useRecords,
  useRecordTypes,
  type RecordFilter,
} from '../api/records';

import { useFieldLabel, useKindOptions } from './record-fields';
import { RecordFormModal } from './record-form';

type FilterValues = { year?: number; range?: [Dayjs, Dayjs]; kind?: string; q?: string };

/** The history of one record, fields by their labels. */
function RecordHistory({ type, id }: { type: RecordType; id: number }) {
  const label = useFieldLabel();
  const { t } = useTranslation();
  const history = useRecordHistory(type.code!, id);
  const fieldLabel = (key: string) => {
    if (key === 'taskId') return t('records.taskId');
    const f = type.fields?.find((x) => x.key === key);
    return f ? label(f) : key;
  };
  return (
    <QueryState query={history} isEmpty={() => false}>
      {(entries) => <HistoryTimeline entries={entries} fieldLabel={fieldLabel} />}
    </QueryState>
  );
}

/**
 * 部门工作记录: the one page of every record type — filters, the paged list (fields shown by
 * label: kinds and enterprises by name), new/edit/view in a generated form, history, export for
 * every reader, import (through the workers' import wizard) and new only for an owner department.
 */
/**
 * What the import step of a record page needs (the same shape as the registry's import wizard
 * takes): the page is given the wizard by the routes (src/app), as features never import each other.
 */
export type RecordImportSource = {
  downloadTemplate: (format: 'xlsx' | 'csv') => Promise<unknown>;
  submit: (args: { file: File; dryRun: boolean }) => Promise<ImportJob>;
  invalidates: string[][];
  done?: { to: string; label: string };
};

export function RecordPage({ typeCode, renderImport }: { typeCode: string; renderImport: (source: RecordImportSource) => ReactNode }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const label = useFieldLabel();
  const kindOptions = useKindOptions();
  const types = useRecordTypes();
  const [form] = Form.useForm<FilterValues>();
  const [filter, setFilter] = useState<RecordFilter>({});
  const [page, setPage] = useState({ page: 0, size: 20 });
  const [editing, setEditing] = useState<{ record?: DepartmentRecord; readOnly?: boolean }>();
  const [historyOf, setHistoryOf] = useState<DepartmentRecord>();
  const [importing, setImporting] = useState(false);
  const [exporting, setExporting] = useState<string>();
  const records = useRecords(typeCode, { ...filter, ...page });
  const type = types.data?.find((x) => x.code === typeCode);

  if (types.error || !type) {
    // the types' error or loading, else (the types are there) an unknown type
    return (
      <QueryState query={types} isEmpty={() => false} loading={<Card loading />}>
        {() => <Result status="404" title={t('records.unknownType')} />}
      </QueryState>
    );
  }

  const fields = type.fields ?? [];
  const kindField = fields.find((f) => f.type === 'KIND');
  const listed = fields.filter((f) => f.type !== 'LONG_TEXT');
  const columns: ColumnsType<DepartmentRecord> = [
    ...listed.map((f) => ({
      title: label(f),
      key: f.key,
      ellipsis: f.type === 'TEXT' || f.type === 'ENTERPRISES',
      render: (_: unknown, r: DepartmentRecord) => r.display?.[f.key!] ?? '—',
    })),
    { title: t('records.owner'), key: 'owner', width: 120, render: (_, r) => r.ownerDepartmentName },
    { title: t('records.task'), key: 'task', ellipsis: true, render: (_, r) => r.taskTitle ?? '—' },
    {
      title: t('records.actions'),
      key: 'actions',
      width: 170,
      render: (_, r) => (
        <Space size={4}>
          {r.editable ? (
            <Button size="small" type="link" onClick={() => setEditing({ record: r })}>
              {t('records.edit')}
            </Button>
          ) : (
            <Button size="small" type="link" onClick={() => setEditing({ record: r, readOnly: true })}>
              {t('records.view')}
            </Button>
          )}
          <Button size="small" type="link" icon={<HistoryOutlined />} onClick={() => setHistoryOf(r)}>
            {t('records.history')}
          </Button>
        </Space>
      ),
    },
  ];

  const exportAs = (format: 'xlsx' | 'csv') => {
    setExporting(format);
    downloadRecords(typeCode, filter, format)
      .catch((error: unknown) => void message.error(error instanceof Error ? error.message : String(error)))
      .finally(() => setExporting(undefined));
  };

  const importSource: RecordImportSource = {
    downloadTemplate: (format) => downloadRecordTemplate(typeCode, format),
    submit: (args) => submitRecordImport(typeCode, args),
    invalidates: [[...recordKeys.type(typeCode)]],
  };

  return (
    <Flex vertical gap={16} data-testid={`records-${typeCode}`}>
      <Card>
        <Typography.Paragraph type="secondary" style={{ marginTop: 0 }}>
          {type.description}
        </Typography.Paragraph>
        <Form
          form={form}
          layout="inline"
          name={`records-search-${typeCode}`}
          onFinish={(v) => {
            setFilter({
              year: v.year ?? undefined,
              from: v.range?.[0]?.format('YYYY-MM-DD'),
              to: v.range?.[1]?.format('YYYY-MM-DD'),
              kind: v.kind ?? undefined,
              q: v.q?.trim() || undefined,
            });
            setPage((p) => ({ ...p, page: 0 }));
          }}
        >
          <Form.Item name="year" label={t('records.year')}>
            <InputNumber min={2000} max={2100} precision={0} style={{ width: 100 }} />
          </Form.Item>
          <Form.Item name="range" label={t('records.dateRange')}>
            <DatePicker.RangePicker />
          </Form.Item>
          {kindField && (
            <Form.Item name="kind" label={label(kindField)}>
              <Select allowClear style={{ width: 140 }} options={kindOptions(type, kindField)} />
            </Form.Item>
          )}
          {type.titleField && (
            <Form.Item name="q" label={t('records.q')}>
              <Input allowClear style={{ width: 160 }} />
            </Form.Item>
          )}
          <Space>
            <Button type="primary" htmlType="submit">
              {t('records.search')}
            </Button>
            <Button
              onClick={() => {
                form.resetFields();
                setFilter({});
                setPage((p) => ({ ...p, page: 0 }));
              }}
            >
              {t('records.reset')}
            </Button>
          </Space>
        </Form>
      </Card>
      <Card
        title={label(type)}
        extra={
          <Space wrap>
            {type.creatable && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing({})} data-testid="record-create">
                {t('records.create')}
              </Button>
            )}
            {type.creatable && (
              <Button icon={<CloudUploadOutlined />} onClick={() => setImporting(true)} data-testid="record-import">
                {t('records.import')}
              </Button>
            )}
            <Button icon={<DownloadOutlined />} loading={exporting === 'xlsx'} onClick={() => exportAs('xlsx')}>
              {t('records.exportXlsx')}
            </Button>
            <Button icon={<DownloadOutlined />} loading={exporting === 'csv'} onClick={() => exportAs('csv')}>
              {t('records.exportCsv')}
            </Button>
          </Space>
        }
      >
        {records.error && <ApiErrorAlert error={records.error} />}
        <Table<DepartmentRecord>
          rowKey="id"
          size="middle"
          loading={records.isFetching}
          columns={columns}
          dataSource={records.data?.items ?? []}
          scroll={{ x: 'max-content' }}
          pagination={{
            current: page.page + 1,
            pageSize: page.size,
            total: records.data?.total ?? 0,
            showTotal: (count) => t('records.total', { count }),
            onChange: (p, size) => setPage({ page: p - 1, size }),
          }}
        />
      </Card>
      {editing && (
        <RecordFormModal
          type={type}
          record={editing.record}
          readOnly={editing.readOnly}
          open
          onClose={() => setEditing(undefined)}
          onReload={() => void records.refetch().then(() => setEditing(undefined))}
        />
      )}
      <Drawer open={historyOf !== undefined} onClose={() => setHistoryOf(undefined)} title={t('records.history')} size="large">
        {historyOf?.id !== undefined && <RecordHistory type={type} id={historyOf.id} />}
      </Drawer>
      <Modal
        open={importing}
        onCancel={() => setImporting(false)}
        footer={null}
        width={900}
        destroyOnHidden
        title={t('records.importTitle', { type: label(type) })}
      >
        {renderImport(importSource)}
      </Modal>
    </Flex>
  );
}
