/** Names for the tasks API's schemas, taken from the generated OpenAPI types. */
import type { components } from '@/types/api.gen';

type Schemas = components['schemas'];

export type Task = Schemas['Task'];
export type TaskPage = Schemas['PageResponseTaskResponse'];
export type TaskRequest = Schemas['TaskRequest'];
export type TaskStatus = Schemas['TaskStatus'];
export type TaskPriority = Schemas['TaskPriority'];
export type PolicyArea = Schemas['PolicyArea'];
export type TaskDepartment = Schemas['TaskDepartment'];
export type TaskTimelineEntry = Schemas['TaskTimelineEntry'];
export type TaskEventKind = Schemas['TaskEventKind'];
export type ProgressReport = Schemas['ProgressReport'];
export type ProgressReportRequest = Schemas['ProgressReportRequest'];
export type ReportAttachment = Schemas['ReportAttachment'];
export type SupervisionNotice = Schemas['SupervisionNotice'];
export type TaskBoard = Schemas['TaskBoard'];
export type TaskBoardRow = Schemas['TaskBoardRow'];
export type Notification = Schemas['Notification'];
export type NotificationPage = Schemas['NotificationPage'];
export type Indicator = Schemas['Indicator'];
export type ExtensionRequest = Schemas['ExtensionRequest'];
export type ExtensionStatus = Schemas['ExtensionStatus'];
export type EscalationLevel = Schemas['EscalationLevel'];
export type TaskAssessment = Schemas['TaskAssessment'];
export type TaskAssessmentRow = Schemas['TaskAssessmentRow'];

export const ESCALATION_LEVELS: readonly EscalationLevel[] = ['REMINDER', 'URGE', 'NOTIFY_LEAD'];
export const ESCALATION_COLORS: Record<EscalationLevel, string> = { REMINDER: 'gold', URGE: 'orange', NOTIFY_LEAD: 'red' };
export const EXTENSION_COLORS: Record<ExtensionStatus, string> = { PENDING: 'processing', APPROVED: 'success', REFUSED: 'error' };

export const TASK_STATUSES: readonly TaskStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'PENDING_SIGN_OFF', 'COMPLETED', 'OVERDUE', 'SUSPENDED'];
export const TASK_PRIORITIES: readonly TaskPriority[] = ['HIGH', 'MEDIUM', 'LOW'];
export const POLICY_AREAS: readonly PolicyArea[] = [
  'IDEOLOGY',
  'SKILLS',
  'RIGHTS',
  'SAFETY',
  'CHILD_EDUCATION',
  'PLANNING',
  'ORGANISATION',
  'OTHER',
];

export const STATUS_COLORS: Record<TaskStatus, string> = {
  NOT_STARTED: 'default',
  IN_PROGRESS: 'processing',
  PENDING_SIGN_OFF: 'cyan',
  COMPLETED: 'success',
  OVERDUE: 'error',
  SUSPENDED: 'warning',
};

/** Chart colours of the statuses, in TASK_STATUSES order. */
export const STATUS_CHART_COLORS: Record<TaskStatus, string> = {
  NOT_STARTED: '#bfbfbf',
  IN_PROGRESS: '#1677ff',
  PENDING_SIGN_OFF: '#13c2c2',
  COMPLETED: '#52c41a',
  OVERDUE: '#ff4d4f',
  SUSPENDED: '#faad14',
};
