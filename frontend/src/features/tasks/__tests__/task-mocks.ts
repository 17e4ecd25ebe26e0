/** Tasks API answers for the tests, shaped like the backend's. */
import { http, HttpResponse } from 'msw';

import { fixture, type Loose } from '@/testing/fixture';
import { apiUrl } from '@/testing/mocks/handlers';

import type { Indicator, NotificationPage, ProgressReport, SupervisionNotice, Task, TaskAssessment, TaskBoard, TaskTimelineEntry } from '../types';

export const PROBLEM = { 'Content-Type': 'application/problem+json' };

export const aTask = (overrides: Loose<Task> = {}): Task => fixture<Task>({
  id: 1,
  title: '开展“双宣讲”活动',
  description: '理论宣讲、百姓宣讲',
  area: 'IDEOLOGY',
  areaLabel: '思想引领',
  targetValue: 200,
  targetUnit: '场',
  achieved: 40,
  completionPercent: 20,
  startDate: '2026-01-01',
  deadline: '2026-12-31',
  priority: 'HIGH',
  year: 2026,
  leadDepartment: { code: 'publicity', name: '区委宣传部', leadUnit: false },
  cooperatingDepartments: [{ code: 'federation', name: '区总工会', leadUnit: true }],
  milestones: [],
  status: 'IN_PROGRESS',
  statusLabel: '进行中',
  suspended: false,
  daysLeft: 30,
  reportCount: 1,
  openNotices: 0,
  createdBy: 'federation-lead',
  version: 3,
  ...overrides,
});

export const tasks: Task[] = fixture<Task[]>([
  aTask({ id: 2, title: '基层工会规范化建设', leadDepartment: { code: 'federation', name: '区总工会' }, cooperatingDepartments: [], area: 'ORGANISATION' }),
  aTask({ id: 3, title: '第三方安全检查', leadDepartment: { code: 'scitech', name: '区科经局' }, cooperatingDepartments: [], status: 'OVERDUE', daysLeft: -5, openNotices: 1 }),
  aTask({ id: 1 }),
  aTask({ id: 4, title: '职工子女入学', leadDepartment: { code: 'education', name: '区教育局' }, cooperatingDepartments: [{ code: 'publicity', name: '区委宣传部' }], status: 'COMPLETED', achieved: 200, completionPercent: 100 }),
]);

export const reports: ProgressReport[] = fixture<ProgressReport[]>([
  {
    id: 11,
    taskId: 1,
    reportDate: '2026-06-30',
    narrative: '上半年开展宣讲40场',
    quantity: 40,
    reportedBy: 'publicity-staff',
    department: { code: 'publicity', name: '区委宣传部' },
    attachments: [{ id: 21, fileName: '宣讲台账.pdf', contentType: 'application/pdf', sizeBytes: 1234 }],
  },
]);

export const notices: SupervisionNotice[] = fixture<SupervisionNotice[]>([
  { id: 31, taskId: 1, text: '请于月底前报送进展', issuedBy: 'federation-lead', issuedAt: '2026-07-01T02:00:00Z', open: true, version: 0 },
]);

export const history: TaskTimelineEntry[] = fixture<TaskTimelineEntry[]>([
  // the API names the actor's department by its code
  { id: 41, kind: 'CREATED', actor: 'federation-lead', department: 'federation', occurredAt: '2026-01-01T01:00:00Z', text: '创建任务' },
  { id: 42, kind: 'REPORT_FILED', actor: 'publicity-staff', department: 'publicity', occurredAt: '2026-06-30T01:00:00Z', text: '上半年开展宣讲40场' },
]);

export const indicators: Indicator[] = [
  { code: 'registry.party-members', label: '在册党员人数', labelEn: 'Registered Party members', unit: '人', perYear: false, year: 2026, value: 128 },
  { code: 'training.sessions', label: '技能培训场次', labelEn: 'Skills training sessions', unit: '场', perYear: true, year: 2026, value: 17 },
];

export const board: TaskBoard = fixture<TaskBoard>({
  year: 2026,
  asOf: '2026-11-30',
  departments: [
    { department: { code: 'publicity', name: '区委宣传部' }, rank: 1, total: 3, byStatus: { IN_PROGRESS: 1, COMPLETED: 2 }, completionRate: 66.7, overdue: 0, cooperating: 1, openNotices: 0 },
    { department: { code: 'scitech', name: '区科经局' }, rank: 2, total: 2, byStatus: { OVERDUE: 2 }, completionRate: 0, overdue: 2, cooperating: 0, openNotices: 1 },
  ],
});

export const assessment: TaskAssessment = fixture<TaskAssessment>({
  year: 2026,
  asOf: '2026-11-30',
  formula: '得分 = 0.6 × 按期完成率 + 0.4 × 完成率 …',
  departments: [
    { department: { code: 'publicity', name: '区委宣传部' }, rank: 1, tasks: 4, completed: 4, completedOnTime: 4, completionRate: 100, onTimeRate: 100, escalations: { REMINDER: 0, URGE: 0, NOTIFY_LEAD: 0 }, extensionsRequested: 0, extensionsApproved: 0, score: 100 },
    { department: { code: 'scitech', name: '区科经局' }, rank: 2, tasks: 2, completed: 1, completedOnTime: 0, completionRate: 50, onTimeRate: 0, escalations: { REMINDER: 1, URGE: 1, NOTIFY_LEAD: 0 }, extensionsRequested: 1, extensionsApproved: 1, score: 14 },
    { department: { code: 'hrss', name: '区人社局' }, tasks: 0, completed: 0, completedOnTime: 0, escalations: { REMINDER: 0, URGE: 0, NOTIFY_LEAD: 0 }, extensionsRequested: 0, extensionsApproved: 0 },
  ],
});

export const notificationPage: NotificationPage = fixture<NotificationPage>({
  items: [
    { id: 51, kind: 'ASSIGNMENT', taskId: 1, taskTitle: '开展“双宣讲”活动', text: '新任务已分配给区委宣传部', createdAt: '2026-11-30T01:00:00Z', read: false },
    { id: 52, kind: 'NOTICE', taskId: 3, taskTitle: '第三方安全检查', text: '督办', createdAt: '2026-11-29T01:00:00Z', read: true },
  ],
  total: 2,
  page: 0,
  size: 20,
  unreadCount: 1,
});

/** The default tasks API: the list, task 1 with its reports, notices and history, the board, notifications. */
export const taskHandlers = (task: Task = aTask()) => [
  http.get(apiUrl('/api/v1/tasks'), () => HttpResponse.json({ items: tasks, total: tasks.length, page: 0, size: 200 })),
  http.get(apiUrl('/api/v1/tasks/board'), () => HttpResponse.json(board)),
  http.get(apiUrl('/api/v1/tasks/1'), () => HttpResponse.json(task)),
  http.get(apiUrl('/api/v1/tasks/1/progress-reports'), () => HttpResponse.json(reports)),
  http.get(apiUrl('/api/v1/tasks/1/supervision-notices'), () => HttpResponse.json(notices)),
  http.get(apiUrl('/api/v1/tasks/1/history'), () => HttpResponse.json(history)),
  http.get(apiUrl('/api/v1/notifications'), () => HttpResponse.json(notificationPage)),
  http.get(apiUrl('/api/v1/indicators'), () => HttpResponse.json(indicators)),
  http.get(apiUrl('/api/v1/tasks/1/extension-requests'), () => HttpResponse.json([])),
  http.get(apiUrl('/api/v1/tasks/assessment'), () => HttpResponse.json(assessment)),
];
