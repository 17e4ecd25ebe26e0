/**
 * Pages of 改革任务 (reform tasks, supervision, notifications, the board and the annual review).
 * `appRoutes` in ../routes.tsx lists them in menu order.
 */
import { ScheduleOutlined } from '@ant-design/icons';

import { ROLES } from '@/lib/auth/roles';

import type { AppRoute } from '../routes';
import { ComingSoonPage } from '../routes/coming-soon';

export const TasksRoute = {
  path: '/tasks',
  element: <ComingSoonPage feature="menu.tasks" />,
  handle: {
    access: [ROLES.staff, ROLES.lead, ROLES.analyst],
    breadcrumb: 'menu.tasks',
    menu: { labelKey: 'menu.tasks', icon: <ScheduleOutlined /> },
  },
} satisfies AppRoute;
export const toTasks = () => TasksRoute.path;

export const tasksRoutes: AppRoute[] = [TasksRoute];
