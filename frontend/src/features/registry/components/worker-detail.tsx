import { EditOutlined } from '@ant-design/icons';
import { Button, Card, Col, Descriptions, Flex, Row, Skeleton, Space, Table, Tag, Tooltip, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { HistoryTimeline } from '@/components/history/history-timeline';
import { QueryState } from '@/components/query/query-state';
import { useRegistryAccess } from '@/lib/auth/registry-access';
import { formatDate } from '@/lib/format/dates';
import type { Employment, Honour, PoliticalPost } from '@/types/api';

import { useHonours } from '../api/get-honours';
import { useWorker, useWorkerEmployments, useWorkerHistory, useWorkerPoliticalPosts } from '../api/get-worker';
import { toEnterprise } from '../paths';
import { useEnumLabels, useFormatters } from '../utils/enums';

import { MaskedValue } from './masked-value';
import { WorkerFormModal } from './worker-form';

/** 工人详情: personal data (masked unless pii-reader), employer, employment history, honours, political posts and the change history. */
export function WorkerDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const { edits } = useRegistryAccess();
  const { label, yesNo } = useEnumLabels();
  const { money } = useFormatters();
  const worker = useWorker(id);
  const employments = useWorkerEmployments(id);
  const history = useWorkerHistory(id);
  const posts = useWorkerPoliticalPosts(id);
  const honours = useHonours({ workerId: id, page: 0, size: 100 });
  const [editing, setEditing] = useState(false);

  if (worker.error) return <ApiErrorAlert error={worker.error} onRetry={() => void worker.refetch()} />;
  if (!worker.data) return <Skeleton active />;
  const w = worker.data;
  const canEdit = edits;

  const fieldLabel = (field: string) =>
    field === 'enterpriseId' || field === 'enterprise' ? t('registry.enterprise') : field === 'name' ? t('registry.name') : t(`registry.fields.${field}` as never, { defaultValue: field });

  return (
    <Flex vertical gap={16} data-testid="worker-detail">
      <Card
        title={
          <Space>
            <span data-testid="worker-name">{w.name}</span>
            {w.migrant && <Tag color="orange">{t('registry.migrant')}</Tag>}
            {w.unionMember && <Tag color="blue">{t('registry.unionMember')}</Tag>}
            {w.partyMember && <Tag color="red">{t('registry.partyMember')}</Tag>}
            {w.demo && <Tag>{t('registry.demo')}</Tag>}
          </Space>
        }
        extra={
          canEdit && (
            <Tooltip title={w.masked ? t('registry.workerForm.needsPii') : undefined}>
              <Button icon={<EditOutlined />} disabled={w.masked} onClick={() => setEditing(true)} data-testid="worker-edit">
                {t('registry.edit')}
              </Button>
            </Tooltip>
          )
        }
      >
        <Descriptions column={{ xs: 1, md: 2, xl: 3 }} size="small" data-testid="worker-personal">
          <Descriptions.Item label={t('registry.idNumber')}>
            <MaskedValue value={w.idNumber} masked={w.masked} testId="worker-detail-id" />
          </Descriptions.Item>
          <Descriptions.Item label={t('registry.phone')}>
            <MaskedValue value={w.phone} masked={w.masked} testId="worker-detail-phone" />
          </Descriptions.Item>
          <Descriptions.Item label={t('registry.gender')}>{label('gender', w.gender)}</Descriptions.Item>
          {w.birthDate ? (
            <Descriptions.Item label={t('registry.birthDate')}>
              <span data-testid="worker-detail-birth">{w.birthDate}</span>
            </Descriptions.Item>
          ) : (
            // without pii-reader the API gives the age band only: an exact age with the masked ID number gives the birth date away
            <Descriptions.Item label={t('registry.ageBand')}>
              <span data-testid="worker-detail-age-band">{label('ageBand', w.ageBand?.key)}</span>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('registry.education')}>{label('education', w.education)}</Descriptions.Item>
          <Descriptions.Item label={t('registry.skillLevel')}>{label('skillLevel', w.skillLevel)}</Descriptions.Item>
          <Descriptions.Item label={t('registry.occupation')}>{w.occupation || '—'}</Descriptions.Item>
          <Descriptions.Item label={t('registry.monthlyWage')}>{money(w.monthlyWage)}</Descriptions.Item>
          <Descriptions.Item label={t('registry.flags.agriculturalHukou')}>{yesNo(w.agriculturalHukou)}</Descriptions.Item>
          <Descriptions.Item label={t('registry.flags.fromOutside')}>{yesNo(w.fromOutside)}</Descriptions.Item>
          <Descriptions.Item label={t('registry.flags.partyMember')}>{yesNo(w.partyMember)}</Descriptions.Item>
          {w.partyJoinedOn && (
            <Descriptions.Item label={t('registry.partyJoinedOn')}>
              <span data-testid="worker-detail-party-joined">{formatDate(w.partyJoinedOn)}</span>
            </Descriptions.Item>
          )}
          <Descriptions.Item label={t('registry.enterprise')}>
            {w.enterprise?.id !== undefined ? <Link to={toEnterprise(w.enterprise.id)}>{w.enterprise.name}</Link> : t('registry.noEnterprise')}
          </Descriptions.Item>
          <Descriptions.Item label={t('registry.industry')}>{w.enterprise?.industryName ?? '—'}</Descriptions.Item>
          <Descriptions.Item label={t('registry.inDevZone')}>{w.enterprise ? yesNo(w.enterprise.inDevZone) : '—'}</Descriptions.Item>
        </Descriptions>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Flex vertical gap={16}>
            <Card title={t('registry.employments.title')} size="small">
              <QueryState query={employments} isEmpty={() => false}>{() => (
                <Table<Employment>
                  data-testid="employments-table"
                  rowKey="id"
                  size="small"
                  pagination={false}
                  loading={employments.isPending}
                  dataSource={employments.data ?? []}
                  columns={[
                    {
                      title: t('registry.enterprise'),
                      key: 'enterprise',
                      render: (_, e) => (e.enterprise?.id !== undefined ? <Link to={toEnterprise(e.enterprise.id)}>{e.enterprise.name}</Link> : '—'),
                    },
                    { title: t('registry.employments.start'), dataIndex: 'startDate', key: 'start', width: 120 },
                    {
                      title: t('registry.employments.end'),
                      key: 'end',
                      width: 120,
                      render: (_, e) => (e.current ? <Tag color="green">{t('registry.employments.current')}</Tag> : e.endDate),
                    },
                  ]}
                />
              )}</QueryState>
            </Card>
            <Card title={t('registry.honours.title')} size="small">
              <QueryState query={honours} isEmpty={() => false}>{() => (
                <Table<Honour>
                  data-testid="worker-honours-table"
                  rowKey="id"
                  size="small"
                  pagination={false}
                  loading={honours.isPending}
                  dataSource={honours.data?.items ?? []}
                  expandable={{
                    columnTitle: t('registry.honours.citation'),
                    columnWidth: 84,
                    rowExpandable: (h) => !!h.citation,
                    expandedRowRender: (h) => <Typography.Paragraph style={{ margin: 0, whiteSpace: 'pre-wrap' }}>{h.citation}</Typography.Paragraph>,
                  }}
                  columns={[
                    { title: t('registry.honours.year'), dataIndex: 'year', key: 'year', width: 70 },
                    { title: t('registry.honours.honourTitle'), dataIndex: 'title', key: 'title' },
                    { title: t('registry.honours.level'), key: 'level', width: 90, render: (_, h) => label('awardLevel', h.level) },
                    { title: t('registry.honours.issuer'), dataIndex: 'issuer', key: 'issuer' },
                    {
                      title: t('registry.honours.kind'),
                      key: 'kind',
                      width: 140,
                      render: (_, h) => (h.kind === 'COLLECTIVE' ? `${label('honourKind', h.kind)} · ${h.teamName ?? ''}` : label('honourKind', h.kind)),
                    },
                  ]}
                />
              )}</QueryState>
            </Card>
            <Card title={t('registry.posts.title')} size="small">
              <QueryState query={posts} isEmpty={() => false}>{() => (
                <Table<PoliticalPost>
                  data-testid="posts-table"
                  rowKey="id"
                  size="small"
                  pagination={false}
                  loading={posts.isPending}
                  dataSource={posts.data ?? []}
                  columns={[
                    { title: t('registry.honours.year'), dataIndex: 'year', key: 'year', width: 70 },
                    { title: t('registry.posts.post'), key: 'post', width: 150, render: (_, p) => label('postType', p.post) },
                    { title: t('registry.posts.postTitle'), dataIndex: 'title', key: 'title' },
                    { title: t('registry.honours.level'), key: 'level', width: 90, render: (_, p) => label('awardLevel', p.level) },
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
            <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
              {t('registry.history.hint')}
            </Typography.Paragraph>
          </Card>
        </Col>
      </Row>
      <WorkerFormModal
        open={editing}
        worker={w}
        onClose={() => setEditing(false)}
        onSaved={() => setEditing(false)}
        onReload={() => void worker.refetch()}
      />
    </Flex>
  );
}
