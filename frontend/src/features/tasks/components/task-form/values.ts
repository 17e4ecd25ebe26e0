import dayjs, { type Dayjs } from 'dayjs';

import type { PolicyArea, Task, TaskPriority, TaskRequest } from '../../types';

export type FormValues = {
  title: string;
  description?: string;
  area: PolicyArea;
  leadDepartment: string;
  cooperatingDepartments?: string[];
  targetValue?: number | null;
  targetUnit?: string;
  indicatorCode?: string;
  startDate: Dayjs;
  deadline: Dayjs;
  priority: TaskPriority;
  year: number;
  milestones?: MilestoneValues[];
};

/** A milestone row: an existing one keeps its id (and the API its done date); done and doneOn are shown only. */
export type MilestoneValues = { id?: number; title?: string; dueDate?: Dayjs | null; done?: boolean; doneOn?: string };

export const MAX_MILESTONES = 50;

export const FIELDS = [
  'title',
  'description',
  'area',
  'leadDepartment',
  'cooperatingDepartments',
  'targetValue',
  'targetUnit',
  'indicatorCode',
  'startDate',
  'deadline',
  'priority',
  'year',
  'milestones',
] as const;

export const toValues = (task?: Task): Partial<FormValues> =>
  task
    ? {
        title: task.title,
        description: task.description ?? undefined,
        area: task.area,
        leadDepartment: task.leadDepartment?.code,
        cooperatingDepartments: task.cooperatingDepartments?.map((d) => d.code ?? ''),
        targetValue: task.targetValue ?? undefined,
        targetUnit: task.targetUnit ?? undefined,
        indicatorCode: task.indicatorCode ?? undefined,
        milestones: task.milestones?.map((m) => ({
          id: m.id,
          title: m.title,
          dueDate: m.dueDate ? dayjs(m.dueDate) : undefined,
          done: m.done,
          doneOn: m.doneOn ?? undefined,
        })),
        startDate: task.startDate ? dayjs(task.startDate) : undefined,
        deadline: task.deadline ? dayjs(task.deadline) : undefined,
        priority: task.priority,
        year: task.year,
      }
    : { priority: 'MEDIUM', year: dayjs().year(), startDate: dayjs(), milestones: [] };

/** The request the form's values make; the version goes with an edit. */
export const toRequest = (values: FormValues, version?: number): TaskRequest => ({
  title: values.title.trim(),
  description: values.description?.trim() || undefined,
  area: values.area,
  leadDepartment: values.leadDepartment,
  cooperatingDepartments: (values.cooperatingDepartments ?? []).filter((code) => code !== values.leadDepartment),
  targetValue: values.targetValue ?? undefined,
  targetUnit: values.targetUnit?.trim() || undefined,
  indicatorCode: values.indicatorCode || undefined,
  milestones: (values.milestones ?? []).map((m) => ({
    ...(m.id !== undefined ? { id: m.id } : {}),
    title: (m.title ?? '').trim(),
    dueDate: m.dueDate ? m.dueDate.format('YYYY-MM-DD') : undefined,
  })),
  startDate: values.startDate.format('YYYY-MM-DD'),
  deadline: values.deadline.format('YYYY-MM-DD'),
  priority: values.priority,
  year: values.year,
  ...(version !== undefined ? { version } : {}),
});
