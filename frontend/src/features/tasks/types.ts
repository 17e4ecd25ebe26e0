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

export const TASK_STATUSES: readonly TaskStatus[] = ['NOT_STARTED', 'IN_PROGRESS', 'COMPLETED', 'OVERDUE', 'SUSPENDED'];
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
  COMPLETED: 'success',
  OVERDUE: 'error',
  SUSPENDED: 'warning',
};

/** Chart colours of the statuses, in TASK_STATUSES order. */
export const STATUS_CHART_COLORS: Record<TaskStatus, string> = {
  NOT_STARTED: '#bfbfbf',
  IN_PROGRESS: '#1677ff',
  COMPLETED: '#52c41a',
  OVERDUE: '#ff4d4f',
  SUSPENDED: '#faad14',
};
