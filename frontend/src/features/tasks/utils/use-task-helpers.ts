import { useTranslation } from 'react-i18next';


import { useAuth } from '@/lib/auth/auth-context';
import { ROLES } from '@/lib/auth/roles';
import { localizedName } from '@/lib/i18n/use-localized-name';
import { useDepartments } from '@/lib/lookups';

import type { Indicator, Task, TaskDepartment } from '../types';

/** Department names in the UI language (the task answers carry the Chinese name only). */
export function useDepartmentName() {
  const { i18n } = useTranslation();
  const departments = useDepartments();
  return (department?: TaskDepartment | string | null) => {
    if (!department) return '';
    const code = typeof department === 'string' ? department : department.code;
    const known = departments.data?.items?.find((d) => d.code === code);
    if (known) return localizedName(known, i18n.language);
    return typeof department === 'string' ? department : (department.name ?? department.code ?? '');
  };
}

/** An indicator's label in the UI language (the API names it in both). */
export function useIndicatorLabel() {
  const { i18n } = useTranslation();
  return (indicator: Indicator) => localizedName({ name: indicator.label, nameEn: indicator.labelEn }, i18n.language) || (indicator.code ?? '');
}

/** The caller's department's role on a task: lead, co-operating, or none. */
export const involvement = (task: Task, department: string | null | undefined): 'lead' | 'cooperating' | null => {
  if (!department) return null;
  if (task.leadDepartment?.code === department) return 'lead';
  if (task.cooperatingDepartments?.some((d) => d.code === department)) return 'cooperating';
  return null;
};

/** What the signed-in user may do on tasks (the API decides again on every call). */
export function useTaskPermissions() {
  const { user, hasRole } = useAuth();
  const isLead = hasRole(ROLES.lead);
  return {
    department: user.department,
    isLead,
    /** Only an assigned department's staff file reports and answer notices. */
    isAssigned: (task: Task) => hasRole(ROLES.staff) && involvement(task, user.department) !== null,
  };
}

/** Own department's tasks first (lead, then co-operating), then the rest; stable otherwise. */
export function mineFirst(tasks: Task[], department: string | null | undefined): Task[] {
  const weight = (task: Task) => {
    const role = involvement(task, department);
    return role === 'lead' ? 0 : role === 'cooperating' ? 1 : 2;
  };
  return tasks.map((task, index) => ({ task, index })).sort((a, b) => weight(a.task) - weight(b.task) || a.index - b.index).map((e) => e.task);
}
