import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Flex, Form, Input, Row, Select, Skeleton, Space, Statistic, Table, Tag, Typography } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';

import { ApiErrorAlert, errorSentence, readableError } from '@/components/errors/api-error-alert';
import { useServerErrors } from '@/components/forms/server-errors';
import { StaleVersionAlert } from '@/components/forms/stale-version-alert';
import { EnterprisePicker } from '@/components/pickers/enterprise-picker';
import { WorkerPicker } from '@/components/pickers/worker-picker';
import { api } from '@/lib/api-client';
import { DictLabel } from '@/lib/dictionaries';

import { useApplication, useCreateApplication, useUpdateApplication } from '../api/applications';
import { useProgrammes } from '../api/funds';
import { toApplication } from '../paths';
import type { Application, WorkerSummary } from '../types';
import { formatYuan, traineeAmount, traineeRowErrors, withYear } from '../utils';

const FIELDS = ['enterpriseId', 'programmeId', 'trainingStart', 'trainingEnd', 'trainees', 'notes'] as const;

type Values = { enterpriseId?: number; programmeId?: number; trainingStart?: Dayjs; trainingEnd?: Dayjs; trainees?: number[]; notes?: string };


/** A saved trainee as the form's rows hold them (the registry's worker shape; eligibility was checked on saving). */
const savedTrainees = (a: Application): WorkerSummary[] =>
  (a.trainees ?? []).map((tr) => ({
    id: tr.workerId,
    name: tr.name,
    skillLevel: tr.skillLevel,
    migrant: tr.migrant,
    enterprise: a.enterprise ? { id: a.enterprise.id, name: a.enterprise.name } : undefined,
  }) as WorkerSummary);

const toValues = (a?: Application): Values =>
  a
    ? {
        enterpriseId: a.enterprise?.id,
        programmeId: a.programme?.id,
        trainingStart: a.trainingStart ? dayjs(a.trainingStart) : undefined,
        trainingEnd: a.trainingEnd ? dayjs(a.trainingEnd) : undefined,
        trainees: (a.trainees ?? []).map((tr) => tr.workerId!),
        notes: a.notes ?? undefined,
      }
    : {};

function EligibilityTag({ worker, enterpriseId, serverError }: { worker: WorkerSummary; enterpriseId?: number; serverError?: string }) {
  const { t } = useTranslation();
  if (serverError) return <Tag color="error" data-testid="trainee-eligibility">{serverError}</Tag>;
  if (enterpriseId === undefined) return <Tag data-testid="trainee-eligibility">{t('subsidies.form.noEnterprise')}</Tag>;
  return worker.enterprise?.id === enterpriseId ? (
    <Tag color="success" data-testid="trainee-eligibility">{t('subsidies.form.eligible')}</Tag>
  ) : (
    <Tag color="error" data-testid="trainee-eligibility">{t('subsidies.form.ineligible')}</Tag>
  );
}

/**
 * 新建补贴申请 / 修改草稿: enterprise and trainees by search, programme, period; the amount is the
 * rule's. With `application`, the draft (also one returned) is edited with the version read.
 */
export function ApplicationForm({ application, onReload }: { application?: Application; onReload?: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const create = useCreateApplication();
  const update = useUpdateApplication(application?.id ?? 0);
  const [trainees, setTrainees] = useState<WorkerSummary[]>(() => (application ? savedTrainees(application) : []));
  const [traineeErrors, setTraineeErrors] = useState(new Map<number, string>());
  const { otherError: failure, show: showError, clearOther, stale } = useServerErrors(form, FIELDS, application?.version);
  const [submitting, setSubmitting] = useState(false);
  const enterpriseId = Form.useWatch('enterpriseId', form);
  const programmeId = Form.useWatch('programmeId', form);
  const programmes = useProgrammes();
  const programme = programmes.data?.find((p) => p.id === programmeId);
  const amounts = trainees.map((w) => traineeAmount(programme, w));
  const total = programme ? amounts.reduce<number>((sum, a) => sum + (a ?? 0), 0) : undefined;
  const required = (field: string) => ({ required: true, message: t('subsidies.form.required', { field }) });

  const setChosen = (next: WorkerSummary[]) => {
    setTrainees(next);
    setTraineeErrors(new Map());
    form.setFieldValue('trainees', next.map((w) => w.id!));
    void form.validateFields(['trainees']).catch(() => undefined);
  };

  const save = async (andSubmit: boolean) => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    clearOther();
    setSubmitting(true);
    let created: Application | undefined;
    const body = {
      enterpriseId: values.enterpriseId!,
      programmeId: values.programmeId!,
      trainees: trainees.map((w) => w.id!),
      trainingStart: values.trainingStart!.format('YYYY-MM-DD'),
      trainingEnd: values.trainingEnd!.format('YYYY-MM-DD'),
      notes: values.notes || undefined,
    };
    try {
      created = application ? await update.mutateAsync({ ...body, version: application.version }) : await create.mutateAsync(body);
      if (andSubmit) {
        await api.post<Application>(`/api/v1/subsidy-applications/${created.id}/submit`, { version: created.version });
        message.success(t('subsidies.form.submitted'));
      } else {
        message.success(t('subsidies.form.saved'));
      }
      void navigate(toApplication(created.id!));
    } catch (error) {
      if (created) {
        // the draft is saved; the submit failed: show why on its page
        message.error(errorSentence(error, t));
        void navigate(toApplication(created.id!));
        return;
      }
      showError(error);
      setTraineeErrors(traineeRowErrors(error));
    } finally {
      setSubmitting(false);
    }
  };

  const failureText = failure ? readableError(failure, t) : undefined;
  return (
    <Form form={form} layout="vertical" data-testid="application-form" style={{ maxWidth: 1100 }} initialValues={toValues(application)}>
      {stale && <StaleVersionAlert onReload={onReload} title={t('subsidies.form.staleTitle')} />}
      {failureText && (
        <Alert type="error" showIcon data-testid="application-form-error" style={{ marginBottom: 16 }} title={failureText.title} description={failureText.detail} />
      )}
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item name="enterpriseId" label={t('subsidies.form.enterprise')} rules={[required(t('subsidies.form.enterprise'))]}>
            <EnterprisePicker
              testId="application-enterprise"
              placeholder={t('subsidies.form.enterprisePlaceholder')}
              onChange={() => setTraineeErrors(new Map())}
              current={application?.enterprise ?? undefined}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="programmeId" label={t('subsidies.form.programme')} rules={[required(t('subsidies.form.programme'))]}>
            <Select<number>
              data-testid="application-programme"
              placeholder={t('subsidies.form.programmePlaceholder')}
              loading={programmes.isPending}
              options={(programmes.data ?? []).map((p) => ({ value: p.id!, label: withYear(p) }))}
            />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item name="trainingStart" label={t('subsidies.form.trainingStart')} rules={[required(t('subsidies.form.trainingStart'))]}>
            <DatePicker style={{ width: '100%' }} data-testid="application-start" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item
            name="trainingEnd"
            label={t('subsidies.form.trainingEnd')}
            dependencies={['trainingStart']}
            rules={[
              required(t('subsidies.form.trainingEnd')),
              ({ getFieldValue }) => ({
                validator: (_, end?: Dayjs) => {
                  const start = getFieldValue('trainingStart') as Dayjs | undefined;
                  return end && start && end.isBefore(start, 'day') ? Promise.reject(new Error(t('subsidies.form.endBeforeStart'))) : Promise.resolve();
                },
              }),
            ]}
          >
            <DatePicker style={{ width: '100%' }} data-testid="application-end" />
          </Form.Item>
        </Col>
      </Row>
      <Form.Item
        name="trainees"
        label={t('subsidies.form.trainees')}
        required
        rules={[{ validator: (_, ids?: number[]) => ((ids ?? []).length > 0 ? Promise.resolve() : Promise.reject(new Error(t('subsidies.form.traineesRequired')))) }]}
      >
        {/* the minimal lookup among the application's enterprise's workers; each hit says whether they are eligible */}
        <WorkerPicker
          testId="trainee-search"
          aria-label={t('subsidies.form.traineePlaceholder')}
          enterpriseId={enterpriseId}
          exclude={trainees.map((w) => w.id!)}
          value={null}
          style={{ width: '100%' }}
          placeholder={enterpriseId === undefined ? t('subsidies.form.chooseEnterpriseFirst') : t('subsidies.form.traineePlaceholder')}
          renderHit={(w) => (
            <Flex justify="space-between" gap={8}>
              <span>
                {w.name} · {w.idNumber} · {w.enterprise?.name ?? '—'}
              </span>
              <EligibilityTag worker={w as WorkerSummary} enterpriseId={enterpriseId} />
            </Flex>
          )}
          onChange={(_, hit) => hit && setChosen([...trainees, hit as WorkerSummary])}
        />
      </Form.Item>
      <Table<WorkerSummary>
        data-testid="trainees-table"
        rowKey={(w) => w.id ?? 0}
        size="small"
        pagination={false}
        dataSource={trainees}
        style={{ marginBottom: 16 }}
        columns={[
          { title: t('subsidies.form.worker'), render: (_, w) => <span>{w.name} {w.migrant && <Tag color="blue">{t('subsidies.form.migrant')}</Tag>}</span> },
          { title: t('subsidies.list.enterprise'), render: (_, w) => w.enterprise?.name ?? '—' },
          { title: t('subsidies.form.skillLevel'), render: (_, w) => (w.skillLevel ? <DictLabel kind="skill_level" code={w.skillLevel} /> : '') },
          { title: t('subsidies.form.eligibility'), render: (_, w, i) => <EligibilityTag worker={w} enterpriseId={enterpriseId} serverError={traineeErrors.get(i)} /> },
          { title: t('subsidies.form.perTrainee'), align: 'right', render: (_, _w, i) => <span data-testid="trainee-amount">{formatYuan(amounts[i])}</span> },
          {
            title: '',
            width: 80,
            render: (_, w) => (
              <Button type="link" size="small" onClick={() => setChosen(trainees.filter((c) => c.id !== w.id))}>
                {t('subsidies.form.remove')}
              </Button>
            ),
          },
        ]}
      />
      <Card size="small" style={{ marginBottom: 16 }}>
        <Flex gap={24} align="center" wrap>
          <Statistic title={t('subsidies.form.amountTitle')} value={formatYuan(total)} data-testid="application-amount" />
          {programme && (
            <Descriptions size="small" column={1} items={[
              { key: 'rule', label: t('subsidies.funds.amountPerTrainee'), children: formatYuan(programme.amountPerTrainee) },
              { key: 'uplift', label: t('subsidies.funds.migrantUplift'), children: programme.migrantUpliftPercent ? `+${programme.migrantUpliftPercent}%` : '—' },
            ]} />
          )}
          <Typography.Text type="secondary">{t('subsidies.form.amountHint')}</Typography.Text>
        </Flex>
      </Card>
      <Form.Item name="notes" label={t('subsidies.form.notes')} rules={[{ max: 2000 }]}>
        <Input.TextArea rows={3} />
      </Form.Item>
      <Space>
        <Button onClick={() => void save(false)} loading={submitting} data-testid="application-save">
          {t('subsidies.form.save')}
        </Button>
        <Button type="primary" onClick={() => void save(true)} loading={submitting} data-testid="application-save-submit">
          {t('subsidies.form.saveAndSubmit')}
        </Button>
      </Space>
    </Form>
  );
}

/** 修改申请: the draft read fresh; any other state says why it cannot change (the API refuses it too). */
export function EditApplication({ id }: { id: number }) {
  const { t } = useTranslation();
  const application = useApplication(id);
  if (application.isError) return <ApiErrorAlert error={application.error} onRetry={() => void application.refetch()} />;
  if (application.isPending) return <Skeleton active />;
  const a = application.data;
  if (a.state !== 'DRAFT') {
    return (
      <Alert type="info" showIcon data-testid="application-not-editable" title={t('subsidies.form.notEditable', { state: t(`subsidies.states.${a.state ?? 'DRAFT'}`) })}
        action={<Link to={toApplication(id)}>{t('subsidies.form.backToDetail')}</Link>} />
    );
  }
  // a newer version (after a reload) starts the form afresh from the saved record
  return <ApplicationForm key={a.version} application={a} onReload={() => void application.refetch()} />;
}
