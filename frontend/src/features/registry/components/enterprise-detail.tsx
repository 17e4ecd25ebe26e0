import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Flex, Row, Skeleton, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { HistoryTimeline } from '@/components/history/history-timeline';
import { QueryState } from '@/components/query/query-state';
import { useRegistryAccess } from '@/lib/auth/registry-access';
import type { Honour, Worker } from '@/types/api';

import { useEnterprise, useEnterpriseHistory } from '../api/get-enterprises';
import { useHonours } from '../api/get-honours';
import { useWorkers } from '../api/get-workers';
import { toWorker } from '../paths';
import { useEnumLabels, useFormatters } from '../utils/enums';

import { EnterpriseFormModal } from './enterprise-form';
import { OrganisationTags } from './enterprises-list';
import { MaskedValue } from './masked-value';

/** 企业详情: the enterprise's data, union and party status, its workers, its honours and its change history. */
export function EnterpriseDetail({ id, industries }: { id: number; industries: { value: string; label: string }[] }) {
  const { t } = useTranslation();
  const { edits, lists } = useRegistryAccess();
  const { label, yesNo } = useEnumLabels();
  const { number } = useFormatters();
  const enterprise = useEnterprise(id);
  const history = useEnterpriseHistory(id);
  const [workersPage, setWorkersPage] = useState({ page: 0, size: 10 });
  // the enterprise's workers are a registry list: only for callers whose scope lists workers
  const workers = useWorkers({ enterpriseId: id, ...workersPage }, { enabled: lists });
  const honours = useHonours({ enterpriseId: id, page: 0, size: 100 });
  const [editing, setEditing] = useState(false);

  if (enterprise.error) return <ApiErrorAlert error={enterprise.error} onRetry={() => void enterprise.refetch()} />;
  if (!enterprise.data) return <Skeleton active />;
  const e = enterprise.data;

  const fieldLabel = (field: string) =>
    field === 'name' ? t('registry.enterprises.name') : t(`registry.fields.${field}` as never, { defaultValue: field });

  return (
    <Flex vertical gap={16} data-testid="enterprise-detail">
      <Card
        title={
          <Space>
            <span data-testid="enterprise-name">{e.name}</span>
            {e.demo && <Tag>{t('registry.demo')}</Tag>}
          </Space>
        }
        extra={
          edits && (
            <Button icon={<EditOutlined />} onClick={() => setEditing(true)} data-testid="enterprise-edit">
              {t('registry.edit')}
            </Button>
          )
        }
      >
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small">
          <Descriptions.Item label={t('registry.enterprises.creditCode')}>
            <Typography.Text code data-testid="enterprise-credit-code">
              {e.creditCode}
            </Typography.Text>
          </Descriptions.Item>
          <Descriptions.Item label={t('registry.industry')}>{e.industryName ?? e.industryCode}</Descriptions.Item>
          <Descriptions.Item label={t('registry.enterprises.ownership')}>{label('ownership', e.ownership)}</Descriptions.Item>
          <Descriptions.Item label={t('registry.enterprises.size')}>{label('size', e.size)}</Descriptions.Item>
          <Descriptions.Item label={t('registry.inDevZone')}>{yesNo(e.inDevZone)}</Descriptions.Item>
          <Descriptions.Item label={t('registry.enterprises.workerCount')}>{number(e.workerCount)}</Descriptions.Item>
          <Descriptions.Item label={t('registry.enterprises.organisations')}>
            <span data-testid="enterprise-organisations">
              <OrganisationTags enterprise={e} />
            </span>
          </Descriptions.Item>
          <Descriptions.Item label={t('registry.enterprises.address')}>{e.address || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('registry.enterprises.contactPerson')}>
            {[e.contactPerson, e.contactPhone].filter(Boolean).join(' · ') || '—'}
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            {lists && (
              <Card title={t('registry.enterprises.workers')} size="small">
                <QueryState query={workers} isEmpty={() => false}>{() => (
                  <Table<Worker>
                    data-testid="enterprise-workers-table"
                    rowKey="id"
                    size="small"
                    loading={workers.isFetching}
                    dataSource={workers.data?.items ?? []}
                    pagination={{
                      current: workersPage.page + 1,
                      pageSize: workersPage.size,
                      total: workers.data?.total ?? 0,
                      onChange: (current, size) => setWorkersPage({ page: current - 1, size }),
                    }}
                    columns={[
                      {
                        title: t('registry.name'),
                        key: 'name',
                        render: (_, w) => (w.id !== undefined ? <Link to={toWorker(w.id)}>{w.name}</Link> : w.name),
                      },
                      { title: t('registry.idNumber'), key: 'id', render: (_, w) => <MaskedValue value={w.idNumber} masked={w.masked} /> },
                      { title: t('registry.skillLevel'), key: 'skill', render: (_, w) => label('skillLevel', w.skillLevel) },
                      { title: t('registry.occupation'), dataIndex: 'occupation', key: 'occupation' },
                    ]}
                  />
                )}</QueryState>
              </Card>
            )}
            <Card title={t('registry.honours.title')} size="small">
              <QueryState query={honours} isEmpty={() => false}>{() => (
                <Table<Honour>
                  data-testid="enterprise-honours-table"
                  rowKey="id"
                  size="small"
                  pagination={false}
                  loading={honours.isPending}
                  dataSource={honours.data?.items ?? []}
                  columns={[
                    { title: t('registry.honours.year'), dataIndex: 'year', key: 'year', width: 70 },
                    { title: t('registry.honours.honourTitle'), dataIndex: 'title', key: 'title' },
                    {
                      title: t('registry.honours.recipient'),
                      key: 'recipient',
                      render: (_, h) => (h.kind === 'COLLECTIVE' ? h.teamName : h.worker?.name),
                    },
                    { title: t('registry.honours.level'), key: 'level', width: 90, render: (_, h) => label('awardLevel', h.level) },
                  ]}
                />
              )}</QueryState>
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('registry.history.title')} size="small">
            <QueryState query={history} isEmpty={() => false}>{(data) => (
              <HistoryTimeline entries={data} fieldLabel={fieldLabel} />
            )}</QueryState>
          </Card>
        </Col>
      </Row>
      <EnterpriseFormModal
        open={editing}
        enterprise={e}
        industries={industries}
        onClose={() => setEditing(false)}
        onSaved={() => setEditing(false)}
        onReload={() => void enterprise.refetch()}
      />
    </Flex>
  );
}
