import { CheckCircleTwoTone, CloseCircleTwoTone } from '@ant-design/icons';
import { Alert, App, Button, Card, Flex, Form, Input, Modal, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { EnterprisePicker } from '@/components/pickers/enterprise-picker';
import { WorkerPicker, type PickedWorker } from '@/components/pickers/worker-picker';
import { api } from '@/lib/api-client';
import { useRegistryAccess } from '@/lib/auth/registry-access';

import { useParticipants, useRegisterBatch, useRegisterParticipant, useReviewParticipant } from '../api/participants';
import type { BatchRegistrationResponse, Competition, Participant, ParticipantStatus, RegistrationResult, WorkerPage } from '../types';
import { ineligibleReasons } from '../utils/eligibility';
import { useCompetitionLabels, isPublished } from '../utils/enums';

import type { WorkerLink } from './competition-detail';

const STATUS_COLORS: Record<ParticipantStatus, string> = { PENDING: 'gold', ACCEPTED: 'green', REFUSED: 'red' };

/** 报名与审核: registration with each worker's eligibility from the API, and the organiser's review. */
export function RegistrationPanel({ competition, manages, workerLink }: { competition: Competition; manages: boolean; workerLink: WorkerLink }) {
  const { t } = useTranslation();
  const { label } = useCompetitionLabels();
  const open = competition.stage === 'REGISTRATION';
  return (
    <Flex vertical gap={16}>
      {manages &&
        (open ? (
          competition.kind === 'LABOUR_COMPETITION' ? (
            <EnterpriseRegistration competition={competition} />
          ) : (
            <WorkerRegistration competition={competition} />
          )
        ) : (
          <Alert type="info" showIcon title={t('competitions.registration.closed', { stage: label('stage', competition.stage) })} />
        ))}
      <ParticipantsTable competition={competition} manages={manages} workerLink={workerLink} />
    </Flex>
  );
}

function WorkerRegistration({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [picked, setPicked] = useState<PickedWorker[]>([]);
  const [enterprise, setEnterprise] = useState<number>();
  const [listedBy, setListedBy] = useState<number>();
  const [results, setResults] = useState<{ dryRun: boolean; response: BatchRegistrationResponse }>();
  const [loadError, setLoadError] = useState<unknown>();
  const batch = useRegisterBatch(competition.id!);
  const registry = useRegistryAccess();

  const loadEnterprise = async () => {
    if (enterprise === undefined) return;
    setLoadError(undefined);
    try {
      const page = await api.get<WorkerPage>('/api/v1/workers', { params: { enterpriseId: enterprise, page: 0, size: 200 } });
      setPicked((page.items ?? []).map((w) => ({ id: w.id!, label: `${w.name} · ${w.idNumber ?? ''}` })));
      setListedBy(enterprise);
      setResults(undefined);
    } catch (e) {
      setLoadError(e);
    }
  };

  const run = async (dryRun: boolean) => {
    const response = await batch.mutateAsync({ workerIds: picked.map((p) => p.id), enterpriseId: listedBy, dryRun });
    setResults({ dryRun, response });
    if (!dryRun) {
      void message.success(t('competitions.registration.registeredCount', { registered: response.registered, refused: response.refused }));
      setPicked([]);
      setListedBy(undefined);
    }
  };

  return (
    <Card size="small" title={t('competitions.registration.title')} data-testid="worker-registration">
      <Flex vertical gap={12}>
        <Flex gap={8} wrap align="center">
          <Typography.Text type="secondary">{t('competitions.registration.byEnterprise')}</Typography.Text>
          <EnterprisePicker
            value={enterprise}
            onChange={(v) => setEnterprise(v)}
            testId="registration-enterprise"
            style={{ minWidth: 260 }}
            placeholder={t('competitions.registration.enterprisePlaceholder')}
          />
          {/* the whole list of an enterprise's workers is the registry's: only for callers whose scope lists it */}
          {registry.lists && (
            <Button onClick={() => void loadEnterprise()} disabled={enterprise === undefined} data-testid="registration-load-enterprise">
              {t('competitions.registration.loadEnterprise')}
            </Button>
          )}
        </Flex>
        <Flex gap={8} wrap>
          <WorkerPicker
            multiple
            value={picked.map((p) => p.id)}
            current={picked}
            enterpriseId={enterprise}
            testId="registration-worker-search"
            style={{ minWidth: 420, flex: 1 }}
            onChange={(_, chosen) => {
              setPicked(chosen);
              setResults(undefined);
            }}
          />
        </Flex>
        {loadError !== undefined && <ApiErrorAlert error={loadError} />}
        <Space>
          <Typography.Text>{t('competitions.registration.candidates', { count: picked.length })}</Typography.Text>
          <Button onClick={() => void run(true).catch(() => undefined)} disabled={picked.length === 0} loading={batch.isPending && batch.variables?.dryRun} data-testid="registration-check">
            {t('competitions.registration.check')}
          </Button>
          <Button
            type="primary"
            onClick={() => void run(false).catch(() => undefined)}
            disabled={picked.length === 0}
            loading={batch.isPending && !batch.variables?.dryRun}
            data-testid="registration-submit"
          >
            {t('competitions.registration.registerEligible')}
          </Button>
        </Space>
        {batch.error && <ApiErrorAlert error={batch.error} />}
        {results && <EligibilityTable results={results.response.results ?? []} dryRun={results.dryRun} />}
      </Flex>
    </Card>
  );
}

/** One row per worker: eligible (or registered) with a tick, or every reason the API gave. */
function EligibilityTable({ results, dryRun }: { results: RegistrationResult[]; dryRun: boolean }) {
  const { t } = useTranslation();
  const labels = useCompetitionLabels();
  return (
    <Table<RegistrationResult>
      data-testid="eligibility-table"
      rowKey={(r) => String(r.workerId)}
      size="small"
      pagination={false}
      title={() => t('competitions.registration.results')}
      dataSource={results}
      columns={[
        { title: t('competitions.registration.worker'), key: 'worker', width: 200, render: (_, r) => r.workerName ?? r.workerId },
        {
          title: t('competitions.registration.result'),
          key: 'result',
          width: 140,
          render: (_, r) =>
            r.registered ? (
              <Space>
                <CheckCircleTwoTone twoToneColor="#52c41a" />
                {dryRun ? t('competitions.registration.eligible') : labels.label('participantStatus', 'PENDING')}
              </Space>
            ) : (
              <Space>
                <CloseCircleTwoTone twoToneColor="#ff4d4f" />
                {t('competitions.registration.refused')}
              </Space>
            ),
        },
        {
          title: t('competitions.registration.reasons'),
          key: 'reasons',
          render: (_, r) =>
            (r.reasons ?? []).length > 0 ? (
              <ul style={{ margin: 0, paddingInlineStart: 18 }} data-testid="eligibility-reasons">
                {(r.reasons ?? []).map((reason) => (
                  <li key={reason}>{reason}</li>
                ))}
              </ul>
            ) : (
              '—'
            ),
        },
      ]}
    />
  );
}

function EnterpriseRegistration({ competition }: { competition: Competition }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [enterprise, setEnterprise] = useState<number>();
  const [team, setTeam] = useState('');
  const register = useRegisterParticipant(competition.id!);
  const reasons = ineligibleReasons(register.error);
  return (
    <Card size="small" title={t('competitions.registration.title')} data-testid="enterprise-registration">
      <Flex gap={8} wrap>
        <EnterprisePicker value={enterprise} onChange={(v) => setEnterprise(v)} testId="registration-enterprise" style={{ minWidth: 260 }} placeholder={t('competitions.registration.enterprise')} />
        <Input style={{ width: 200 }} placeholder={t('competitions.registration.team')} value={team} onChange={(e) => setTeam(e.target.value)} maxLength={100} />
        <Button
          type="primary"
          disabled={enterprise === undefined}
          loading={register.isPending}
          data-testid="registration-enterprise-submit"
          onClick={() =>
            void register
              .mutateAsync({ enterpriseId: enterprise, teamName: team.trim() || undefined })
              .then((p) => {
                void message.success(t('competitions.registration.registeredOne', { name: p.displayName }));
                setEnterprise(undefined);
                setTeam('');
              })
              .catch(() => undefined)
          }
        >
          {t('competitions.registration.registerEnterprise')}
        </Button>
      </Flex>
      {register.error &&
        (reasons ? (
          <Alert
            style={{ marginTop: 12 }}
            type="error"
            showIcon
            data-testid="ineligible"
            title={t('competitions.registration.refused')}
            description={
              <ul style={{ margin: 0, paddingInlineStart: 18 }}>
                {reasons.map((r) => (
                  <li key={r}>{r}</li>
                ))}
              </ul>
            }
          />
        ) : (
          <div style={{ marginTop: 12 }}>
            <ApiErrorAlert error={register.error} />
          </div>
        ))}
    </Card>
  );
}

function ParticipantsTable({ competition, manages, workerLink }: { competition: Competition; manages: boolean; workerLink: WorkerLink }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { label, dateTime, score } = useCompetitionLabels();
  const participants = useParticipants(competition.id!);
  const review = useReviewParticipant(competition.id!);
  const [refusing, setRefusing] = useState<Participant>();
  const [form] = Form.useForm<{ reason: string }>();
  const canReview = manages && (competition.stage === 'REGISTRATION' || competition.stage === 'REVIEW');
  const published = isPublished(competition.stage);

  const decide = async (p: Participant, decision: ParticipantStatus, reason?: string) => {
    await review.mutateAsync({ participantId: p.id!, decision, reason, version: p.version ?? 0 });
    void message.success(t('competitions.participants.reviewed'));
  };

  if (participants.error) return <ApiErrorAlert error={participants.error} onRetry={() => void participants.refetch()} />;
  return (
    <Card size="small" title={t('competitions.participants.title')}>
      {review.error && (
        <div style={{ marginBottom: 12 }}>
          <ApiErrorAlert error={review.error} />
        </div>
      )}
      <Table<Participant>
        data-testid="participants-table"
        rowKey="id"
        size="small"
        loading={participants.isPending}
        dataSource={participants.data ?? []}
        pagination={{ pageSize: 50, hideOnSinglePage: true }}
        locale={{ emptyText: t('competitions.participants.empty') }}
        columns={[
          {
            title: t('competitions.participants.name'),
            key: 'name',
            render: (_, p) => (p.worker?.id !== undefined ? <Link to={workerLink(p.worker.id)}>{p.displayName}</Link> : p.displayName),
          },
          { title: t('competitions.participants.enterprise'), key: 'enterprise', render: (_, p) => p.enterprise?.name ?? '—' },
          ...(competition.kind === 'LABOUR_COMPETITION'
            ? []
            : [{ title: t('competitions.participants.skillLevel'), key: 'skill', width: 100, render: (_: unknown, p: Participant) => label('skillLevel', p.skillLevel) }]),
          { title: t('competitions.participants.registeredAt'), key: 'at', width: 170, render: (_, p) => dateTime(p.registeredAt) },
          {
            title: t('competitions.participants.status'),
            key: 'status',
            width: 110,
            render: (_, p) => <Tag color={p.status ? STATUS_COLORS[p.status] : undefined}>{label('participantStatus', p.status)}</Tag>,
          },
          { title: t('competitions.participants.reason'), key: 'reason', render: (_, p) => p.reason ?? '' },
          ...(published
            ? [
                { title: t('competitions.participants.finalScore'), key: 'score', width: 100, render: (_: unknown, p: Participant) => score(p.finalScore) },
                { title: t('competitions.participants.rank'), key: 'rank', width: 70, render: (_: unknown, p: Participant) => p.rank ?? '—' },
              ]
            : []),
          ...(canReview
            ? [
                {
                  title: t('competitions.participants.actions'),
                  key: 'actions',
                  width: 160,
                  render: (_: unknown, p: Participant) => (
                    <Space>
                      <Button
                        size="small"
                        type={p.status === 'ACCEPTED' ? 'default' : 'primary'}
                        disabled={p.status === 'ACCEPTED'}
                        onClick={() => void decide(p, 'ACCEPTED').catch(() => undefined)}
                        data-testid={`accept-${p.id}`}
                      >
                        {t('competitions.participants.accept')}
                      </Button>
                      <Button
                        size="small"
                        danger
                        disabled={p.status === 'REFUSED'}
                        onClick={() => {
                          form.resetFields();
                          setRefusing(p);
                        }}
                        data-testid={`refuse-${p.id}`}
                      >
                        {t('competitions.participants.refuse')}
                      </Button>
                    </Space>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Modal
        open={refusing !== undefined}
        title={t('competitions.participants.refuseTitle', { name: refusing?.displayName ?? '' })}
        okText={t('competitions.participants.refuse')}
        okButtonProps={{ danger: true, 'data-testid': 'refuse-confirm' } as never}
        cancelText={t('competitions.stage.cancel')}
        confirmLoading={review.isPending}
        onCancel={() => setRefusing(undefined)}
        onOk={() => form.submit()}
        forceRender
      >
        <Form
          form={form}
          layout="vertical"
          onFinish={(v) =>
            void decide(refusing!, 'REFUSED', v.reason.trim())
              .then(() => setRefusing(undefined))
              .catch(() => undefined)
          }
        >
          <Form.Item name="reason" label={t('competitions.participants.refuseReason')} rules={[{ required: true, whitespace: true, message: t('competitions.participants.reasonRequired') }]}>
            <Input.TextArea rows={3} maxLength={500} />
          </Form.Item>
        </Form>
      </Modal>
    </Card>
  );
}
