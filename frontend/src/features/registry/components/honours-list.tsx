import { PlusOutlined } from '@ant-design/icons';
import { Button, Form, InputNumber, Select, Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { FilteredList, useListState } from '@/components/list/filtered-list';
import { noWrap } from '@/components/table-layout';
import { useRegistryAccess } from '@/lib/auth/registry-access';
import type { Honour } from '@/types/api';

import { useHonours, type HonourFilter } from '../api/get-honours';
import { toEnterprise, toWorker } from '../paths';
import { HONOUR_KINDS, useEnumLabels } from '../utils/enums';

import { HonourFormModal } from './honour-form';

/** 荣誉: individual and collective honours by year and kind; editors record new ones. */
export function HonoursList() {
  const { t } = useTranslation();
  const { edits } = useRegistryAccess();
  const { label, options } = useEnumLabels();
  const [form] = Form.useForm<HonourFilter>();
  const { setFilter, paging, setPaging, query } = useListState<HonourFilter>({});
  const [creating, setCreating] = useState(false);
  const honours = useHonours(query);
  const total = honours.data?.total ?? 0;
  const editor = edits;

  const columns: ColumnsType<Honour> = [
    { title: t('registry.honours.year'), dataIndex: 'year', key: 'year', width: 70 },
    { title: t('registry.honours.honourTitle'), dataIndex: 'title', key: 'title' },
    { title: t('registry.honours.category'), key: 'category', width: 110, render: (_, h) => label('honourCategory', h.category) },
    { title: t('registry.honours.level'), key: 'level', width: 80, render: (_, h) => label('awardLevel', h.level) },
    {
      title: t('registry.honours.kind'),
      key: 'kind',
      width: 80,
      render: (_, h) => <Tag color={h.kind === 'COLLECTIVE' ? 'purple' : 'gold'}>{label('honourKind', h.kind)}</Tag>,
    },
    {
      title: t('registry.honours.recipient'),
      key: 'recipient',
      ...noWrap,
      render: (_, h) =>
        h.kind === 'COLLECTIVE' ? (
          <Space size={4} wrap={false}>
            <span>{h.teamName}</span>
            {(h.members?.length ?? 0) > 0 && (
              <Tooltip title={h.members?.map((m) => m.name).join('、')}>
                <Typography.Text type="secondary">({t('registry.honours.memberCount', { count: h.members?.length ?? 0 })})</Typography.Text>
              </Tooltip>
            )}
          </Space>
        ) : h.worker?.id !== undefined ? (
          <Link to={toWorker(h.worker.id)}>{h.worker.name}</Link>
        ) : (
          '—'
        ),
    },
    {
      title: t('registry.honours.enterprise'),
      key: 'enterprise',
      ...noWrap,
      render: (_, h) => (h.enterprise?.id !== undefined ? <Link to={toEnterprise(h.enterprise.id)}>{h.enterprise.name}</Link> : '—'),
    },
    { title: t('registry.honours.issuer'), dataIndex: 'issuer', key: 'issuer' },
    { title: t('registry.honours.awardedOn'), dataIndex: 'awardedOn', key: 'awardedOn', width: 110, ...noWrap },
  ];

  return (
    <>
      <FilteredList<HonourFilter, Honour>
        form={form}
        name="honour-search"
        onSearch={(values) => setFilter({ year: values.year ?? undefined, kind: values.kind ?? undefined })}
        filters={
          <>
            <Form.Item name="year">
              <InputNumber<number> aria-label={t('registry.honours.yearPlaceholder')} placeholder={t('registry.honours.yearPlaceholder')} min={1950} max={2100} precision={0} style={{ width: 110 }} data-testid="honour-filter-year" />
            </Form.Item>
            <Form.Item name="kind">
              <Select aria-label={t('registry.honours.kind')} allowClear placeholder={t('registry.honours.kind')} options={options('honourKind', HONOUR_KINDS)} style={{ width: 110 }} data-testid="honour-filter-kind" />
            </Form.Item>
          </>
        }
        title={t('registry.honours.listTitle')}
        extra={
          <Space>
            <Typography.Text type="secondary" data-testid="honour-total">
              {t('registry.honours.total', { count: total })}
            </Typography.Text>
            {editor && (
              <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)} data-testid="honour-create">
                {t('registry.honours.add')}
              </Button>
            )}
          </Space>
        }
        query={honours}
        columns={columns}
        rowKey="id"
        paging={paging}
        onPaging={setPaging}
        scrollX={1100}
        // antd's own pager, as this list always had: sizes only above 50 rows, no total
        pagination={{ showSizeChanger: undefined, pageSizeOptions: undefined, showTotal: undefined }}
        tableTestId="honours-table"
        tableProps={{
          expandable: {
            // the expand column is named: a "+" under 事迹 opens the citation of the honours that have one
            columnTitle: t('registry.honours.citation'),
            columnWidth: 84,
            rowExpandable: (h) => !!h.citation,
            expandedRowRender: (h) => (
              <Typography.Paragraph data-testid={`honour-citation-${h.id}`} style={{ margin: 0, whiteSpace: 'pre-wrap' }}>
                <Typography.Text strong>{t('registry.honours.citation')}:</Typography.Text>
                {h.citation}
              </Typography.Paragraph>
            ),
          },
        }}
      />
      {editor && <HonourFormModal open={creating} onClose={() => setCreating(false)} onSaved={() => setCreating(false)} />}
    </>
  );
}
