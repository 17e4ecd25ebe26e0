import { PaperClipOutlined } from '@ant-design/icons';
import {
  App,
  Button,
  Card,
  Col,
  Descriptions,
  Empty,
  Flex,
  Progress,
  Row,
  Skeleton,
  Space,
  Tag,
  Timeline,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ApiErrorAlert } from '@/components/errors/api-error-alert';
import { NotFoundResult } from '@/components/errors/not-found-result';
import { ItemList } from '@/components/item-list';
import { QueryCard, QueryState } from '@/components/query/query-state';
import { ApiError } from '@/lib/api-client';
import { formatDateTime } from '@/lib/format/dates';

import { useSupervisionNotices } from '../api/notices';
import { downloadAttachment, useProgressReports } from '../api/reports';
import { useIndicators, useTask, useTaskHistory, useTaskStatusChange } from '../api/tasks';
import type { ProgressReport, SupervisionNotice, Task, TaskEventKind } from '../types';
import { useDepartmentName, useIndicatorLabel, useTaskPermissions } from '../utils/use-task-helpers';

import { AcknowledgeNoticeForm, IssueNoticeForm } from './notice-forms';
import { ReasonModal } from './reason-modal';
import { ReportForm } from './report-form';
import { EscalationTag } from './supervision/escalation-tag';
import { ExtensionsCard } from './supervision/extensions-card';
import { SignOffActions } from './supervision/sign-off-actions';
import { TaskForm } from './task-form';
import { TaskStatusTag } from './task-status-tag';

const formatTime = (instant?: string | null) => (instant ? formatDateTime(instant) : '');

const EVENT_COLORS: Partial<Record<TaskEventKind, string>> = {
  REPORT_FILED: 'green',
  ATTACHMENT_ADDED: 'green',
  NOTICE_ISSUED: 'orange',
  NOTICE_ACKNOWLEDGED: 'blue',
  SUSPENDED: 'gray',
  REMINDER_SENT: 'red',
  ESCALATED: 'red',
  SIGNED_OFF: 'green',
  SENT_BACK: 'orange',
  EXTENSION_REQUESTED: 'gray',
  EXTENSION_APPROVED: 'green',
  EXTENSION_REFUSED: 'orange',
};

type Dialog = 'edit' | 'suspend' | 'reopen' | 'report' | 'notice' | { acknowledge: SupervisionNotice } | null;

/** 任务详情: the task, its actions by role, its reports, its notices and the timeline of all of it. */
export function TaskDetail({ id }: { id: number }) {
  const task = useTask(id);
  const [dialog, setDialog] = useState<Dialog>(null);

  if (task.error instanceof ApiError && task.error.status === 404) return <NotFoundResult />;
  return (
    <QueryState query={task} isEmpty={() => false}>
      {(data) => (
        <Flex vertical gap={16} data-testid="task-detail">
          <TaskSummary task={data} onAction={setDialog} />
          <Row gutter={16}>
            <Col xs={24} lg={14}>
              <Flex vertical gap={16}>
                <NoticesCard task={data} onAcknowledge={(notice) => setDialog({ acknowledge: notice })} />
                <ExtensionsCard task={data} />
                <ReportsCard task={data} />
              </Flex>
            </Col>
            <Col xs={24} lg={10}>
              <TimelineCard taskId={id} />
            </Col>
          </Row>
          {dialog === 'edit' && (
            <TaskForm
              open
              task={data}
              onClose={() => setDialog(null)}
              onReload={async () => (await task.refetch()).data}
            />
          )}
          {(dialog === 'suspend' || dialog === 'reopen') && <StatusDialog task={data} action={dialog} onClose={() => setDialog(null)} />}
          {dialog === 'report' && <ReportForm task={data} onClose={() => setDialog(null)} />}
          {dialog === 'notice' && <IssueNoticeForm taskId={id} onClose={() => setDialog(null)} />}
          {dialog !== null && typeof dialog === 'object' && (
            <AcknowledgeNoticeForm taskId={id} notice={dialog.acknowledge} onClose={() => setDialog(null)} />
          )}
        </Flex>
      )}
    </QueryState>
  );
}

function StatusDialog({ task, action, onClose }: { task: Task; action: 'suspend' | 'reopen'; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const change = useTaskStatusChange();
  return (
    <ReasonModal
      title={action === 'suspend' ? t('tasks.detail.suspendTitle') : t('tasks.detail.reopenTitle')}
      confirm={action === 'suspend' ? t('tasks.detail.suspendConfirm') : t('tasks.detail.reopenConfirm')}
      okText={action === 'suspend' ? t('tasks.detail.suspend') : t('tasks.detail.reopen')}
      loading={change.isPending}
      error={change.error}
      onClose={onClose}
      onSubmit={(reason) =>
        change.mutate(
          { id: task.id ?? 0, action, reason, version: task.version ?? 0 },
          {
            onSuccess: () => {
              void message.success(action === 'suspend' ? t('tasks.detail.suspended') : t('tasks.detail.reopened'));
              onClose();
            },
          },
        )
      }
    />
  );
}

function TaskSummary({ task, onAction }: { task: Task; onAction: (dialog: Dialog) => void }) {
  const { t } = useTranslation();
  const departmentName = useDepartmentName();
  const { isLead, isAssigned } = useTaskPermissions();
  const assigned = isAssigned(task);
  const actions = (
    <Space wrap>
      {assigned && (
        <Button type="primary" data-testid="report-create" disabled={task.suspended} onClick={() => onAction('report')}>
          {t('tasks.report.create')}
        </Button>
      )}
      {isLead && (
        <>
          <SignOffActions task={task} />
          <Button data-testid="notice-create" onClick={() => onAction('notice')}>
            {t('tasks.notice.issue')}
          </Button>
          <Button data-testid="task-edit" onClick={() => onAction('edit')}>
            {t('tasks.detail.edit')}
          </Button>
          {task.suspended ? (
            <Button data-testid="task-reopen" onClick={() => onAction('reopen')}>
              {t('tasks.detail.reopen')}
            </Button>
          ) : (
            <Button danger data-testid="task-suspend" onClick={() => onAction('suspend')}>
              {t('tasks.detail.suspend')}
            </Button>
          )}
        </>
      )}
    </Space>
  );
  return (
    <Card
      title={
        <Space wrap>
          <Typography.Title level={4} style={{ margin: 0 }} data-testid="task-title">
            {task.title}
          </Typography.Title>
          <TaskStatusTag status={task.status} />
          {task.priority && <Tag>{t(`tasks.priority.${task.priority}`)}</Tag>}
        </Space>
      }
      extra={actions}
    >
      <Descriptions column={{ xs: 1, md: 2 }} size="small">
        <Descriptions.Item label={t('tasks.list.columns.lead')}>{departmentName(task.leadDepartment)}</Descriptions.Item>
        <Descriptions.Item label={t('tasks.list.columns.cooperating')}>
          {task.cooperatingDepartments?.map((d) => departmentName(d)).join('、') || '—'}
        </Descriptions.Item>
        <Descriptions.Item label={t('tasks.list.columns.area')}>{task.area ? t(`tasks.area.${task.area}`) : ''}</Descriptions.Item>
        <Descriptions.Item label={t('tasks.detail.period')}>
          {task.startDate} — {task.deadline}
        </Descriptions.Item>
        <Descriptions.Item label={t('tasks.detail.achieved')}>
          {task.targetValue != null ? (
            <Flex vertical style={{ minWidth: 200 }}>
              <span data-testid="task-achieved">
                {t('tasks.detail.achievedOf', { achieved: task.achieved ?? 0, target: task.targetValue, unit: task.targetUnit ?? '' })}
              </span>
              {task.completionPercent != null && <Progress aria-label={t('tasks.detail.achieved')} percent={task.completionPercent} size="small" />}
            </Flex>
          ) : (task.milestones ?? []).length > 0 ? (
            <Flex vertical style={{ minWidth: 200 }}>
              <span data-testid="task-achieved">
                {t('tasks.detail.milestonesDone', { done: (task.milestones ?? []).filter((m) => m.done).length, total: (task.milestones ?? []).length })}
              </span>
              {task.completionPercent != null && <Progress aria-label={t('tasks.detail.achieved')} percent={task.completionPercent} size="small" />}
            </Flex>
          ) : (
            '—'
          )}
        </Descriptions.Item>
        {task.indicatorCode && (
          <Descriptions.Item label={t('tasks.detail.indicator')}>
            <TaskIndicator task={task} />
          </Descriptions.Item>
        )}
        <Descriptions.Item label={t('tasks.detail.createdBy')}>{task.createdByName ?? task.createdBy}</Descriptions.Item>
        {task.signedOffAt && (
          <Descriptions.Item label={t('tasks.signOff.signedOffLabel')}>
            <span data-testid="task-signed-off">
              {t('tasks.signOff.signedOffBy', { user: task.signedOffByName ?? '', time: formatTime(task.signedOffAt) })}
            </span>
          </Descriptions.Item>
        )}
        {task.sentBack && task.sentBackReason && (
          <Descriptions.Item label={t('tasks.signOff.sentBackLabel')} span={2}>
            <Typography.Text type="warning" data-testid="task-sent-back">
              {task.sentBackReason}
            </Typography.Text>
          </Descriptions.Item>
        )}
        {task.statusReason && (
          <Descriptions.Item label={t('tasks.detail.statusReason')} span={2}>
            {task.statusReason}
          </Descriptions.Item>
        )}
        {task.description && (
          <Descriptions.Item label={t('tasks.detail.description')} span={2}>
            <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{task.description}</Typography.Paragraph>
          </Descriptions.Item>
        )}
      </Descriptions>
      {(task.milestones?.length ?? 0) > 0 && (
        <ItemList
          header={t('tasks.detail.milestones')}
          items={task.milestones ?? []}
          rowKey={(m) => m.id ?? m.title ?? ''}
          data-testid="milestones"
          itemProps={() => ({ 'data-testid': 'milestone' })}
          renderItem={(m) => (
            <Space wrap>
              <Tag color={m.done ? 'success' : 'default'}>
                {m.done ? t('tasks.detail.milestoneDone', { date: m.doneOn ?? '' }) : t('tasks.detail.milestoneOpen')}
              </Tag>
              <Typography.Text>{m.title}</Typography.Text>
              {m.dueDate && <Typography.Text type="secondary">{t('tasks.detail.milestoneDue', { date: m.dueDate })}</Typography.Text>}
            </Space>
          )}
        />
      )}
    </Card>
  );
}

/** The live indicator a task tracks: its label and current value (for the task's year). */
function TaskIndicator({ task }: { task: Task }) {
  const { t } = useTranslation();
  const indicators = useIndicators(task.year);
  const indicatorLabel = useIndicatorLabel();
  const indicator = indicators.data?.find((i) => i.code === task.indicatorCode);
  if (indicators.isPending) return <Skeleton.Input active size="small" />;
  return (
    <span data-testid="task-indicator">
      {indicator
        ? t('tasks.detail.indicatorValue', { label: indicatorLabel(indicator), value: indicator.value ?? 0, unit: indicator.unit ?? '' })
        : task.indicatorCode}
    </span>
  );
}

function NoticesCard({ task, onAcknowledge }: { task: Task; onAcknowledge: (notice: SupervisionNotice) => void }) {
  const { t } = useTranslation();
  const notices = useSupervisionNotices(task.id ?? 0);
  const departmentName = useDepartmentName();
  const { isAssigned } = useTaskPermissions();
  return (
    <QueryCard
      query={notices}
      title={t('tasks.detail.notices')}
      data-testid="notices"
      empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.detail.noticesEmpty')} />}
    >
      {(items) => (
        <ItemList
          items={items}
          rowKey={(notice) => notice.id ?? 0}
          itemProps={() => ({ 'data-testid': 'notice' })}
          actions={(notice) =>
            notice.open && isAssigned(task) ? (
              <Button type="primary" size="small" data-testid="notice-acknowledge" onClick={() => onAcknowledge(notice)}>
                {t('tasks.notice.acknowledge')}
              </Button>
            ) : null
          }
          renderItem={(notice) => (
            <Flex vertical gap={4}>
              <Space wrap>
                <Tag color={notice.open ? 'orange' : 'green'} data-testid="notice-state">
                  {notice.open ? t('tasks.notice.open') : t('tasks.notice.answered')}
                </Tag>
                <EscalationTag level={notice.escalationLevel} />
                <Typography.Text>{notice.text}</Typography.Text>
              </Space>
              <Typography.Text type="secondary">
                {t('tasks.notice.issuedBy', { user: notice.issuedByName ?? notice.issuedBy, time: formatTime(notice.issuedAt) })}
                {notice.dueDate ? ` · ${t('tasks.notice.due', { date: notice.dueDate })}` : ''}
                {notice.escalatedOn ? ` · ${t('tasks.notice.escalatedOn', { date: notice.escalatedOn })}` : ''}
              </Typography.Text>
              {notice.answer && (
                <div style={{ paddingLeft: 12, borderLeft: '3px solid #1677ff' }} data-testid="notice-answer">
                  <Typography.Text>{notice.answer}</Typography.Text>
                  <br />
                  <Typography.Text type="secondary">
                    {t('tasks.notice.answeredBy', {
                      department: departmentName(notice.acknowledgedDepartment),
                      user: notice.acknowledgedByName ?? notice.acknowledgedBy,
                      time: formatTime(notice.acknowledgedAt),
                    })}
                  </Typography.Text>
                </div>
              )}
            </Flex>
          )}
        />
      )}
    </QueryCard>
  );
}

function ReportsCard({ task }: { task: Task }) {
  const { t } = useTranslation();
  const reports = useProgressReports(task.id ?? 0);
  const departmentName = useDepartmentName();
  const [downloadError, setDownloadError] = useState<unknown>(null);
  const download = (report: ProgressReport, attachmentId?: number) => {
    setDownloadError(null);
    downloadAttachment(task.id ?? 0, report.id ?? 0, attachmentId ?? 0).catch(setDownloadError);
  };
  return (
    <Card title={t('tasks.detail.reports')} size="small" data-testid="reports">
      {downloadError ? <ApiErrorAlert error={downloadError} /> : null}
      <QueryState query={reports} empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.detail.reportsEmpty')} />}>
        {(items) => (
          <ItemList
            items={items}
            rowKey={(report) => report.id ?? 0}
            itemProps={() => ({ 'data-testid': 'report' })}
            renderItem={(report) => (
              <Flex vertical gap={4} style={{ width: '100%' }}>
                <Space wrap>
                  <Typography.Text strong>{report.reportDate}</Typography.Text>
                  <Typography.Text type="secondary">
                    {t('tasks.detail.reportBy', { department: departmentName(report.department), user: report.reportedBy })}
                  </Typography.Text>
                  {report.quantity != null && (
                    <Tag color="green">{t('tasks.detail.quantity', { quantity: report.quantity, unit: task.targetUnit ?? '' })}</Tag>
                  )}
                </Space>
                <Typography.Paragraph style={{ whiteSpace: 'pre-wrap', margin: 0 }}>{report.narrative}</Typography.Paragraph>
                {(report.attachments ?? []).length > 0 && (
                  <Space wrap>
                    {report.attachments?.map((a) => (
                      <Button
                        key={a.id}
                        size="small"
                        icon={<PaperClipOutlined />}
                        data-testid="attachment-download"
                        onClick={() => download(report, a.id)}
                      >
                        {a.fileName}
                      </Button>
                    ))}
                  </Space>
                )}
              </Flex>
            )}
          />
        )}
      </QueryState>
    </Card>
  );
}

function TimelineCard({ taskId }: { taskId: number }) {
  const { t } = useTranslation();
  const history = useTaskHistory(taskId);
  // the history names the actor's department by code
  const departmentName = useDepartmentName();
  return (
    <QueryCard
      query={history}
      title={t('tasks.detail.timeline')}
      data-testid="timeline"
      empty={<Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('tasks.detail.timelineEmpty')} />}
    >
      {(entries) => (
        <Timeline
          items={entries.map((entry) => ({
            key: entry.id,
            color: (entry.kind && EVENT_COLORS[entry.kind]) ?? 'blue',
            content: (
              <Flex vertical data-testid="timeline-entry">
                <Space wrap>
                  <Typography.Text strong>{entry.kind ? t(`tasks.events.${entry.kind}`) : ''}</Typography.Text>
                  <Typography.Text type="secondary">{formatTime(entry.occurredAt)}</Typography.Text>
                </Space>
                <Typography.Text type="secondary">
                  {[entry.departmentName ?? departmentName(entry.department), entry.actorName ?? entry.actor].filter(Boolean).join(' · ')}
                </Typography.Text>
                {entry.text && <Typography.Text>{entry.text}</Typography.Text>}
              </Flex>
            ),
          }))}
        />
      )}
    </QueryCard>
  );
}
