import { PlusOutlined, PrinterOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Descriptions, Flex, Form, Input, Modal, Radio, Select, Space, Table, Tag } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { applyServerFieldErrors } from '@/components/forms/server-errors';
import { QueryState } from '@/components/query/query-state';
import { ApiError } from '@/lib/api-client';

import { useObjections, useRecordObjection, useResolveObjection } from '../api/objections';
import { useParticipants } from '../api/participants';
import { useAwards } from '../api/ranking';
import { toCertificates } from '../paths';
import type { Award, Competition, Objection, ObjectionRequest } from '../types';
import { useCompetitionLabels, isPublished } from '../utils/enums';

import type { WorkerLink } from './competition-detail';
import { GRADE_COLORS } from './ranking-table';

const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};

/** 公示与获奖: the publication period, the awards (and what they wrote to the registry), the objections. */
export function PublicationPanel({ competition: c, manages, workerLink }: { competition: Competition; manages: boolean; workerLink: WorkerLink }) {
  const { t } = useTranslation();
  const { label, score } = useCompetitionLabels();
  const published = isPublished(c.stage);
  const awards = useAwards(c.id!, { enabled: published });
  if (!published) return <Alert type="info" showIcon title={t('competitions.publication.notYet')} data-testid="publication-not-yet" />;
  const until = c.publicationEndsOn ? dayBefore(c.publicationEndsOn) : undefined;
  const ended = c.publicationEndsOn != null && today() >= c.publicationEndsOn;
  return (
    <Flex vertical gap={16} data-testid="publication">
      <Card size="small">
        <Descriptions size="small" column={3}>
          <Descriptions.Item label={t('competitions.publication.period')}>
            <span data-testid="publication-period">
              {c.publicationDays === 0
                ? t('competitions.publication.periodEnded')
                : t('competitions.publication.periodText', { from: c.publishedOn, days: c.publicationDays, until })}
            </span>
            {ended && (c.publicationDays ?? 0) > 0 && <Tag style={{ marginInlineStart: 8 }}>{t('competitions.publication.periodEnded')}</Tag>}
          </Descriptions.Item>
          {c.closedOn && <Descriptions.Item label={t('competitions.publication.closedOn')}>{c.closedOn}</Descriptions.Item>}
          <Descriptions.Item label="">
            <Link to={toCertificates(c.id!)}>
              <Button icon={<PrinterOutlined />} data-testid="print-certificates">
                {t('competitions.publication.certificates')}
              </Button>
            </Link>
          </Descriptions.Item>
        </Descriptions>
      </Card>
      <Card size="small" title={t('competitions.publication.awards')}>
        <QueryState query={awards} isEmpty={() => false}>{() => (
          <Table<Award>
            data-testid="awards-table"
            rowKey="id"
            size="small"
            pagination={false}
            loading={awards.isPending}
            dataSource={awards.data ?? []}
            locale={{ emptyText: t('competitions.publication.emptyAwards') }}
            rowClassName={(a) => (a.revoked ? 'competition-award-revoked' : '')}
            columns={[
              { title: t('competitions.publication.rank'), dataIndex: 'rank', key: 'rank', width: 70 },
              {
                title: t('competitions.publication.grade'),
                key: 'grade',
                width: 120,
                render: (_, a) => (
                  <Space size={4}>
                    <Tag color={a.grade ? GRADE_COLORS[a.grade] : undefined}>{label('grade', a.grade)}</Tag>
                    {a.revoked && <Tag color="red">{t('competitions.publication.revoked')}</Tag>}
                  </Space>
                ),
              },
              {
                title: t('competitions.publication.winner'),
                key: 'winner',
                render: (_, a) => (a.worker?.id !== undefined ? <Link to={workerLink(a.worker.id)}>{a.displayName}</Link> : a.displayName),
              },
              { title: t('competitions.publication.enterprise'), key: 'enterprise', render: (_, a) => a.enterprise?.name ?? '—' },
              { title: t('competitions.publication.score'), key: 'score', width: 90, render: (_, a) => score(a.finalScore) },
              {
                title: t('competitions.publication.extras'),
                key: 'extras',
                render: (_, a) => (
                  <Space size={4} wrap>
                    {a.technicalExpert && <Tag color="magenta">{t('competitions.detail.technicalExpert')}</Tag>}
                    {a.skillRaise && <Tag color="cyan">{t('competitions.detail.skillRaise')}</Tag>}
                  </Space>
                ),
              },
              {
                title: t('competitions.publication.registry'),
                key: 'registry',
                render: (_, a) => (
                  <Space size={4} wrap data-testid={`award-registry-${a.participantId}`}>
                    {a.honourId ? <Tag color="green">{t('competitions.publication.honourWritten')}</Tag> : a.revoked ? null : <Tag>{t('competitions.publication.notWritten')}</Tag>}
                    {a.skillRaisedTo && a.skillRaisedFrom !== a.skillRaisedTo && (
                      <Tag color="cyan">
                        {t('competitions.publication.skillRaised', { from: label('skillLevel', a.skillRaisedFrom), to: label('skillLevel', a.skillRaisedTo) })}
                      </Tag>
                    )}
                    {a.honourId && a.worker?.id !== undefined && (
                      <Link to={workerLink(a.worker.id)} data-testid={`worker-record-${a.worker.id}`}>
                        {t('competitions.publication.workerRecord')}
                      </Link>
                    )}
                  </Space>
                ),
              },
            ]}
          />
        )}</QueryState>
      </Card>
      <Objections competition={c} manages={manages} periodOpen={c.stage === 'PUBLICATION' && !ended} />
    </Flex>
  );
}

function dayBefore(iso: string) {
  const d = new Date(`${iso}T00:00:00`);
  d.setDate(d.getDate() - 1);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

function Objections({ competition: c, manages, periodOpen }: { competition: Competition; manages: boolean; periodOpen: boolean }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const { label, dateTime } = useCompetitionLabels();
  const objections = useObjections(c.id!);
  const participants = useParticipants(c.id!);
  const record = useRecordObjection(c.id!);
  const resolve = useResolveObjection(c.id!);
  const [recording, setRecording] = useState(false);
  const [resolving, setResolving] = useState<Objection>();
  const [recordForm] = Form.useForm<ObjectionRequest>();
  const [resolveForm] = Form.useForm<{ upheld: boolean; resolution: string }>();
  const [recordError, setRecordError] = useState<unknown>();

  const submitObjection = async (v: ObjectionRequest) => {
    setRecordError(undefined);
    try {
      await record.mutateAsync({ participantId: v.participantId, raisedBy: v.raisedBy.trim(), content: v.content.trim() });
      void message.success(t('competitions.objections.recorded'));
      recordForm.resetFields();
      setRecording(false);
    } catch (error) {
      const unmatched = applyServerFieldErrors(recordForm, error, ['participantId', 'raisedBy', 'content']);
      if (!(error instanceof ApiError) || error.fieldErrors.length === 0 || unmatched.length > 0) setRecordError(error);
    }
  };

  const submitResolution = (v: { upheld: boolean; resolution: string }) => {
    const send = () =>
      resolve
        .mutateAsync({ objectionId: resolving!.id!, request: { upheld: v.upheld, resolution: v.resolution.trim(), version: resolving!.version ?? 0 } })
        .then(() => {
          void message.success(t('competitions.objections.resolvedMessage'));
          setResolving(undefined);
        })
        .catch(() => undefined);
    if (v.upheld && resolving?.participantId) {
      modal.confirm({ title: t('competitions.objections.confirmUpheld'), okText: t('competitions.stage.confirmOk'), cancelText: t('competitions.stage.cancel'), onOk: send });
    } else {
      void send();
    }
  };

  return (
    <Card
      size="small"
      title={t('competitions.objections.title')}
      extra={
        periodOpen && (
          <Button icon={<PlusOutlined />} onClick={() => setRecording(true)} data-testid="objection-create">
            {t('competitions.objections.record')}
          </Button>
        )
      }
    >
      {!periodOpen && <Alert type="info" showIcon style={{ marginBottom: 12 }} title={t('competitions.objections.onlyDuring')} />}
      <QueryState query={objections} isEmpty={() => false}>{() => (
        <Table<Objection>
          data-testid="objections-table"
          rowKey="id"
          size="small"
          pagination={false}
          loading={objections.isPending}
          dataSource={objections.data ?? []}
          locale={{ emptyText: t('competitions.objections.empty') }}
          columns={[
            { title: t('competitions.objections.recordedAt'), key: 'at', width: 170, render: (_, o) => dateTime(o.recordedAt) },
            { title: t('competitions.objections.participant'), key: 'p', width: 140, render: (_, o) => o.participantName ?? t('competitions.objections.general') },
            { title: t('competitions.objections.raisedBy'), dataIndex: 'raisedBy', key: 'by', width: 120 },
            { title: t('competitions.objections.content'), dataIndex: 'content', key: 'content' },
            {
              title: t('competitions.objections.status'),
              key: 'status',
              width: 90,
              render: (_, o) => <Tag color={o.status === 'OPEN' ? 'gold' : o.status === 'UPHELD' ? 'red' : 'default'}>{label('objectionStatus', o.status)}</Tag>,
            },
            { title: t('competitions.objections.resolution'), dataIndex: 'resolution', key: 'resolution' },
            ...(manages && c.stage === 'PUBLICATION'
              ? [
                  {
                    title: '',
                    key: 'resolve',
                    width: 80,
                    render: (_: unknown, o: Objection) =>
                      o.status === 'OPEN' && (
                        <Button
                          size="small"
                          onClick={() => {
                            resolveForm.resetFields();
                            setResolving(o);
                          }}
                          data-testid={`objection-resolve-${o.id}`}
                        >
                          {t('competitions.objections.resolve')}
                        </Button>
                      ),
                  },
                ]
              : []),
          ]}
        />
      )}</QueryState>
      {resolve.error && <ApiErrorAlert error={resolve.error} />}
      <Modal
        open={recording}
        title={t('competitions.objections.record')}
        okText={t('competitions.form.save')}
        cancelText={t('competitions.stage.cancel')}
        okButtonProps={{ 'data-testid': 'objection-save' } as never}
        confirmLoading={record.isPending}
        onCancel={() => setRecording(false)}
        onOk={() => recordForm.submit()}
        forceRender
      >
        {recordError !== undefined && <ApiErrorAlert error={recordError} />}
        <Form form={recordForm} layout="vertical" onFinish={(v) => void submitObjection(v)}>
          <Form.Item name="participantId" label={t('competitions.objections.participant')}>
            <Select
              allowClear
              placeholder={t('competitions.objections.general')}
              options={(participants.data ?? []).filter((p) => p.status === 'ACCEPTED').map((p) => ({ value: p.id!, label: p.displayName }))}
            />
          </Form.Item>
          <Form.Item name="raisedBy" label={t('competitions.objections.raisedBy')} rules={[{ required: true, whitespace: true, message: t('competitions.form.required', { field: t('competitions.objections.raisedBy') }) }, { max: 100 }]}>
            <Input maxLength={100} />
          </Form.Item>
          <Form.Item name="content" label={t('competitions.objections.content')} rules={[{ required: true, whitespace: true, message: t('competitions.form.required', { field: t('competitions.objections.content') }) }, { max: 2000 }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
      <Modal
        open={resolving !== undefined}
        title={t('competitions.objections.resolveTitle')}
        okText={t('competitions.stage.confirmOk')}
        cancelText={t('competitions.stage.cancel')}
        confirmLoading={resolve.isPending}
        onCancel={() => setResolving(undefined)}
        onOk={() => resolveForm.submit()}
        forceRender
      >
        <Form form={resolveForm} layout="vertical" onFinish={submitResolution}>
          <Form.Item name="upheld" label={t('competitions.objections.decision')} rules={[{ required: true, message: t('competitions.form.choose', { field: t('competitions.objections.decision') }) }]}>
            <Radio.Group
              options={[
                { value: true, label: t('competitions.objections.upheld') },
                { value: false, label: t('competitions.objections.dismissed') },
              ]}
            />
          </Form.Item>
          <Form.Item name="resolution" label={t('competitions.objections.resolution')} rules={[{ required: true, whitespace: true, message: t('competitions.form.required', { field: t('competitions.objections.resolution') }) }, { max: 2000 }]}>
            <Input.TextArea rows={3} maxLength={2000} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
