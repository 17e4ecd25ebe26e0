import { EditOutlined, PaperClipOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Col, DatePicker, Descriptions, Empty, Flex, Form, Input, InputNumber, Modal, Popconfirm, Progress, Row, Skeleton, Space, Table, Tag, Timeline, Typography, Upload } from 'antd';
import type { ButtonProps } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

import { ApiErrorAlert, errorSentence } from '@/components/errors/api-error-alert';
import { applyServerFieldErrors } from '@/components/forms/server-errors';
import { ApiError } from '@/lib/api-client';
import { useAuth } from '@/lib/auth/auth-context';
import { ROLES } from '@/lib/auth/roles';
import { DictLabel } from '@/lib/dictionaries';
import { formatFileSize, MAX_UPLOAD_BYTES } from '@/lib/files';
import { formatDateTime } from '@/lib/format/dates';

import { downloadAttachment, useApplication, useApplicationHistory, useDisburse, useTransition, useUploadAttachment, type TransitionAction } from '../api/applications';
import { toEditApplication } from '../paths';
import type { Application, ApplicationEvent } from '../types';
import { formatYuan, withYear } from '../utils';

import { StateTag } from './state-tag';

const formatTime = (instant?: string) => (instant ? formatDateTime(instant) : '');

/**
 * The steps the signed-in user may take now, by state, role and separation of duties (职责分离): whoever
 * entered or submitted the application (any round) neither reviews, returns, approves, rejects nor
 * disburses it; whoever reviewed it neither approves, rejects nor disburses it. The API decides in the end.
 */
export function allowedActions(a: Application, roles: { staff: boolean; reviewer: boolean; approver: boolean }, username: string) {
  const actions: (TransitionAction | 'disburse')[] = [];
  const duties = a.duties ?? {};
  const entered = a.createdBy === username || (duties.enteredBy ?? []).includes(username);
  const submitted = (duties.submittedBy ?? []).includes(username);
  const own = entered || submitted;
  const reviewed = a.reviewedBy === username || (duties.reviewedBy ?? []).includes(username);
  const decides = roles.approver && !own && !reviewed;
  switch (a.state) {
    case 'DRAFT':
      if (roles.staff) actions.push('submit');
      break;
    case 'SUBMITTED':
      if (roles.reviewer && !own) actions.push('review');
      if ((roles.reviewer || roles.approver) && !own) actions.push('return');
      if (decides) actions.push('reject');
      break;
    case 'REVIEWED':
      if (decides) actions.push('approve', 'reject');
      if ((roles.reviewer || roles.approver) && !own) actions.push('return');
      break;
    case 'APPROVED':
      if (decides) actions.push('disburse');
      break;
    default:
  }
  const deciding = a.state === 'SUBMITTED' || a.state === 'REVIEWED' || a.state === 'APPROVED';
  return {
    actions,
    ownApplication: own && deciding && (roles.reviewer || roles.approver),
    ownReview: !own && reviewed && roles.approver && (a.state === 'REVIEWED' || a.state === 'APPROVED'),
  };
}

function HistoryTimeline({ id }: { id: number }) {
  const { t } = useTranslation();
  const history = useApplicationHistory(id);
  if (history.isError) return <ApiErrorAlert error={history.error} onRetry={() => void history.refetch()} />;
  if (history.isPending) return <Skeleton active />;
  if ((history.data ?? []).length === 0) return <Empty description={t('subsidies.detail.timelineEmpty')} />;
  const color = (e: ApplicationEvent) => (e.action === 'REJECT' ? 'red' : e.action === 'RETURN' ? 'orange' : e.action === 'DISBURSE' ? 'green' : 'blue');
  return (
    <Timeline
      data-testid="application-timeline"
      items={(history.data ?? []).map((e) => ({
        key: e.id,
        color: color(e),
        content: (
          <div data-testid={`event-${e.action ?? ''}`}>
            <Typography.Text strong>{e.action ? t(`subsidies.actions.${e.action}`) : ''}</Typography.Text>{' '}
            {e.fromState && e.toState && e.fromState !== e.toState && (
              <Typography.Text type="secondary">
                {t('subsidies.detail.transition', { from: t(`subsidies.states.${e.fromState}`), to: t(`subsidies.states.${e.toState}`) })}
              </Typography.Text>
            )}
            <div>{t('subsidies.detail.eventLine', { actor: e.actorName ?? e.actor ?? '', department: e.departmentName ?? e.department ?? e.clientId ?? '', time: formatTime(e.occurredAt) })}</div>
            {e.reason && <div>{t('subsidies.detail.reason', { reason: e.reason })}</div>}
            {e.voucherNo && <div>{t('subsidies.detail.voucher', { voucherNo: e.voucherNo, amount: formatYuan(e.amount) })}</div>}
          </div>
        ),
      }))}
    />
  );
}

type DisburseValues = { voucherNo: string; disbursedOn: Dayjs; amount: number };

function DisburseDialog({ application, onClose, onConflict }: { application: Application; onClose: () => void; onConflict: (e: unknown) => void }) {
  const { t } = useTranslation();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<DisburseValues>();
  const disburse = useDisburse(application.id!);
  const committed = application.committedAmount ?? application.amount ?? 0;
  const send = async () => {
    const values = await form.validateFields().catch(() => undefined);
    if (!values) return;
    modal.confirm({
      title: t('subsidies.detail.confirmDisburse'),
      okText: t('subsidies.detail.ok'),
      cancelText: t('subsidies.detail.cancel'),
      okButtonProps: { 'data-testid': 'disburse-confirm' } as ButtonProps,
      onOk: async () => {
        try {
          await disburse.mutateAsync({ version: application.version!, voucherNo: values.voucherNo, disbursedOn: values.disbursedOn.format('YYYY-MM-DD'), amount: values.amount });
          message.success(t('subsidies.detail.done', { action: t('subsidies.detail.disburse') }));
          onClose();
        } catch (error) {
          const unmatched = applyServerFieldErrors(form, error, ['voucherNo', 'disbursedOn', 'amount']);
          if (error instanceof ApiError && error.status === 409) {
            onConflict(error);
            onClose();
          } else if (unmatched.length > 0 || !(error instanceof ApiError) || error.fieldErrors.length === 0) {
            message.error(errorSentence(error, t));
          }
        }
      },
    });
  };
  return (
    <Modal open title={t('subsidies.detail.disburseTitle')} onCancel={onClose} onOk={() => void send()} okText={t('subsidies.detail.disburse')} cancelText={t('subsidies.detail.cancel')}
      okButtonProps={{ 'data-testid': 'disburse-save' }} destroyOnHidden>
      <Form form={form} layout="vertical" initialValues={{ amount: committed, disbursedOn: dayjs() }}>
        <Form.Item name="voucherNo" label={t('subsidies.detail.voucherNo')} rules={[{ required: true, whitespace: true, message: t('subsidies.form.required', { field: t('subsidies.detail.voucherNo') }) }, { max: 64 }]}>
          <Input />
        </Form.Item>
        <Form.Item name="disbursedOn" label={t('subsidies.detail.disbursedOnLabel')} rules={[{ required: true, message: t('subsidies.form.required', { field: t('subsidies.detail.disbursedOnLabel') }) }]}>
          <DatePicker style={{ width: '100%' }} disabledDate={(d) => d.isAfter(dayjs(), 'day')} />
        </Form.Item>
        <Form.Item name="amount" label={t('subsidies.detail.amountLabel')}
          rules={[{ required: true, message: t('subsidies.form.required', { field: t('subsidies.detail.amountLabel') }) },
            { type: 'number', min: 0.01, max: committed, message: t('subsidies.detail.amountMax', { amount: formatYuan(committed) }) }]}>
          <InputNumber style={{ width: '100%' }} precision={2} min={0} />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function ReasonDialog({ action, onCancel, onSend, loading }: { action: 'return' | 'reject'; onCancel: () => void; onSend: (reason: string) => void; loading: boolean }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<{ reason: string }>();
  return (
    <Modal open title={t('subsidies.detail.reasonTitle', { action: t(`subsidies.detail.${action}`) })} onCancel={onCancel} confirmLoading={loading}
      okText={t(`subsidies.detail.${action}`)} cancelText={t('subsidies.detail.cancel')} okButtonProps={{ danger: true, 'data-testid': 'reason-confirm' }}
      onOk={() => void form.validateFields().then((v) => onSend(v.reason.trim()), () => undefined)} destroyOnHidden>
      <Form form={form} layout="vertical">
        <Form.Item name="reason" label={t('subsidies.detail.reasonLabel')} rules={[{ required: true, whitespace: true, message: t('subsidies.detail.reasonRequired') }, { max: 1000 }]}>
          <Input.TextArea rows={3} data-testid="reason-input" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

function Actions({ application, onConflict }: { application: Application; onConflict: (e: unknown) => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { canAccess, user } = useAuth();
  const transition = useTransition(application.id!);
  const [reasonFor, setReasonFor] = useState<'return' | 'reject' | null>(null);
  const [disbursing, setDisbursing] = useState(false);
  const { actions, ownApplication, ownReview } = allowedActions(
    application,
    { staff: canAccess(ROLES.staff), reviewer: canAccess(ROLES.subsidyReviewer), approver: canAccess(ROLES.subsidyApprover) },
    user.username,
  );
  const run = async (action: TransitionAction, reason?: string) => {
    try {
      await transition.mutateAsync({ action, body: { version: application.version!, reason } });
      message.success(t('subsidies.detail.done', { action: t(`subsidies.detail.${action}`) }));
      setReasonFor(null);
    } catch (error) {
      setReasonFor(null);
      onConflict(error);
    }
  };
  const confirmText: Partial<Record<TransitionAction, string>> = {
    submit: t('subsidies.detail.confirmSubmit'),
    review: t('subsidies.detail.confirmReview'),
    approve: t('subsidies.detail.confirmApprove', { amount: formatYuan(application.amount) }),
  };
  return (
    <Card size="small" title={t('subsidies.detail.actionsTitle')} data-testid="application-actions">
      <Flex vertical gap={8}>
        {ownApplication && <Alert type="warning" showIcon title={t('subsidies.detail.ownApplication')} data-testid="own-application" />}
        {ownReview && <Alert type="warning" showIcon title={t('subsidies.detail.ownReview')} data-testid="own-review" />}
        {actions.length === 0 && !ownReview && !ownApplication && <Typography.Text type="secondary">{t('subsidies.detail.noActions')}</Typography.Text>}
        <Space wrap>
          {application.state === 'DRAFT' && canAccess(ROLES.staff) && (
            <Link to={toEditApplication(application.id!)} data-testid="action-edit">
              <Button icon={<EditOutlined />}>{t('subsidies.detail.edit')}</Button>
            </Link>
          )}
          {actions.map((action) =>
            action === 'disburse' ? (
              <Button key={action} type="primary" data-testid="action-disburse" onClick={() => setDisbursing(true)}>
                {t('subsidies.detail.disburse')}
              </Button>
            ) : action === 'return' || action === 'reject' ? (
              <Button key={action} danger data-testid={`action-${action}`} onClick={() => setReasonFor(action)}>
                {t(`subsidies.detail.${action}`)}
              </Button>
            ) : (
              <Popconfirm key={action} title={confirmText[action]} okText={t('subsidies.detail.ok')} cancelText={t('subsidies.detail.cancel')}
                okButtonProps={{ 'data-testid': `confirm-${action}` }} onConfirm={() => run(action)}>
                <Button type="primary" data-testid={`action-${action}`} loading={transition.isPending}>
                  {t(`subsidies.detail.${action}`)}
                </Button>
              </Popconfirm>
            ),
          )}
        </Space>
      </Flex>
      {reasonFor && <ReasonDialog action={reasonFor} loading={transition.isPending} onCancel={() => setReasonFor(null)} onSend={(reason) => void run(reasonFor, reason)} />}
      {disbursing && <DisburseDialog application={application} onClose={() => setDisbursing(false)} onConflict={onConflict} />}
    </Card>
  );
}

/** Evidence is frozen from submission; a returned application is a draft again and takes new evidence. */
const OPEN_FOR_EVIDENCE = new Set(['DRAFT']);

/** 证明材料: the files kept with the application, downloads for every reader, uploads by hrss staff while it is a draft. */
function Attachments({ application }: { application: Application }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const { canAccess } = useAuth();
  const upload = useUploadAttachment(application.id!);
  const [percent, setPercent] = useState<number>();
  const [failure, setFailure] = useState<unknown>();
  const files = application.attachments ?? [];
  const canUpload = canAccess(ROLES.staff) && OPEN_FOR_EVIDENCE.has(application.state ?? '');
  const send = async (file: File) => {
    setFailure(undefined);
    setPercent(0);
    try {
      await upload.mutateAsync({ file, onProgress: setPercent });
      message.success(t('subsidies.detail.uploaded', { name: file.name }));
    } catch (error) {
      setFailure(error);
    } finally {
      setPercent(undefined);
    }
  };
  const download = async (id: number) => {
    try {
      await downloadAttachment(application.id!, id);
    } catch (error) {
      message.error(errorSentence(error, t));
    }
  };
  return (
    <Card size="small" title={t('subsidies.detail.attachments')} data-testid="application-attachments"
      extra={canUpload && (
        <Upload showUploadList={false} accept=".pdf,.png,.jpg,.jpeg,.docx" disabled={percent !== undefined}
          beforeUpload={(file) => {
            if (file.size > MAX_UPLOAD_BYTES) {
              setFailure(undefined);
              message.error(t('subsidies.detail.tooLarge', { name: file.name }));
            } else {
              void send(file);
            }
            return Upload.LIST_IGNORE;
          }}>
          <Button size="small" icon={<UploadOutlined />} data-testid="attachment-upload" loading={percent !== undefined}>{t('subsidies.detail.upload')}</Button>
        </Upload>
      )}>
      {percent !== undefined && <Progress percent={percent} size="small" data-testid="attachment-progress" />}
      {failure !== undefined && <ApiErrorAlert error={failure} />}
      {files.length === 0 ? (
        <Typography.Text type="secondary">{canUpload ? t('subsidies.detail.noAttachmentsHint') : t('subsidies.detail.noAttachments')}</Typography.Text>
      ) : (
        <Flex vertical gap={4}>
          {files.map((f) => (
            <Flex key={f.id} justify="space-between" align="center" gap={8} data-testid={`attachment-${f.id}`}>
              <Space wrap><PaperClipOutlined />{f.fileName}<Typography.Text type="secondary">{formatFileSize(f.sizeBytes)} · {f.uploadedBy} · {formatTime(f.uploadedAt)}</Typography.Text></Space>
              <Button type="link" size="small" onClick={() => void download(f.id!)}>{t('subsidies.detail.download')}</Button>
            </Flex>
          ))}
        </Flex>
      )}
      {!OPEN_FOR_EVIDENCE.has(application.state ?? '') && (
        <div><Typography.Text type="secondary" data-testid="evidence-frozen">{t('subsidies.detail.evidenceFrozen')}</Typography.Text></div>
      )}
    </Card>
  );
}

/** 申请详情: the application, its trainees and amounts, the actions the user's roles allow, the timeline. */
export function ApplicationDetail({ id }: { id: number }) {
  const { t } = useTranslation();
  const application = useApplication(id);
  const [actionError, setActionError] = useState<unknown>();
  if (application.isError) return <ApiErrorAlert error={application.error} onRetry={() => void application.refetch()} />;
  if (application.isPending) return <Skeleton active />;
  const a = application.data;
  const onConflict = (error: unknown) => {
    setActionError(error);
    void application.refetch();
  };
  const conflict = actionError instanceof ApiError && actionError.status === 409;
  return (
    <Flex vertical gap={16} data-testid="application-detail">
      {actionError !== undefined && (
        conflict ? (
          <Alert type="error" showIcon closable onClose={() => setActionError(undefined)} data-testid="action-conflict"
            title={`${t('subsidies.detail.conflict')}: ${(actionError as ApiError).title ?? ''}`}
            description={<>{(actionError as ApiError).detail && <div>{(actionError as ApiError).detail}</div>}<div>{t('subsidies.detail.conflictHint')}</div></>} />
        ) : (
          <ApiErrorAlert error={actionError} />
        )
      )}
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={16}>
          <Flex vertical gap={16}>
            <Card size="small" title={<Space>{t('subsidies.detail.summary')} #{a.id} <StateTag state={a.state} /></Space>}>
              <Descriptions size="small" column={{ xs: 1, md: 2 }} items={[
                { key: 'enterprise', label: t('subsidies.list.enterprise'), children: a.enterprise?.name },
                { key: 'programme', label: t('subsidies.list.programme'), children: withYear(a.programme) },
                { key: 'period', label: t('subsidies.list.period'), children: `${a.trainingStart ?? ''} — ${a.trainingEnd ?? ''}` },
                { key: 'amount', label: t('subsidies.list.amount'), children: <span data-testid="detail-amount">{formatYuan(a.amount)}</span> },
                { key: 'committed', label: t('subsidies.detail.committedAmount'), children: formatYuan(a.committedAmount) },
                { key: 'disbursed', label: t('subsidies.list.disbursedAmount'), children: formatYuan(a.disbursedAmount) },
                { key: 'voucher', label: t('subsidies.list.voucherNo'), children: a.voucherNo ?? '—' },
                { key: 'disbursedOn', label: t('subsidies.detail.disbursedOn'), children: a.disbursedOn ?? '—' },
                { key: 'createdBy', label: t('subsidies.list.createdBy'), children: a.createdByName ?? a.createdBy },
                { key: 'reviewedBy', label: t('subsidies.list.reviewedBy'), children: a.reviewedByName ?? a.reviewedBy ?? '—' },
                { key: 'createdAt', label: t('subsidies.detail.createdAt'), children: formatTime(a.createdAt) },
                { key: 'notes', label: t('subsidies.form.notes'), children: a.notes ?? '—', span: 2 },
              ]} />
            </Card>
            <Attachments application={a} />
            <Card size="small" title={t('subsidies.detail.trainees')}>
              <Table
                data-testid="detail-trainees"
                rowKey={(tr) => tr.workerId ?? 0}
                size="small"
                pagination={false}
                dataSource={a.trainees ?? []}
                columns={[
                  { title: t('subsidies.form.worker'), render: (_, tr) => <span>{tr.name} {tr.migrant && <Tag color="blue">{t('subsidies.form.migrant')}</Tag>}</span> },
                  { title: t('subsidies.form.skillLevel'), render: (_, tr) => (tr.skillLevel ? <DictLabel kind="skill_level" code={tr.skillLevel} /> : '') },
                  { title: t('subsidies.form.perTrainee'), align: 'right', render: (_, tr) => formatYuan(tr.amount) },
                ]}
              />
            </Card>
          </Flex>
        </Col>
        <Col xs={24} xl={8}>
          <Flex vertical gap={16}>
            <Actions application={a} onConflict={onConflict} />
            <Card size="small" title={t('subsidies.detail.timeline')}>
              <HistoryTimeline id={id} />
            </Card>
          </Flex>
        </Col>
      </Row>
    </Flex>
  );
}
