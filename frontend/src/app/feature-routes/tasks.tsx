/**
 * Pages of 改革任务 (reform tasks, supervision, notifications, the board and the annual review).
 * `appRoutes` in ../routes.tsx lists them in menu order.
 */
import { BarChartOutlined, FileWordOutlined, ScheduleOutlined, UnorderedListOutlined } from '@ant-design/icons';
import { useParams } from 'react-router';

import { NotFoundResult } from '@/components/errors/not-found-result';
import { tasksPaths, toAnnualReview, toTask, toTaskBoard, toTaskList } from '@/features/tasks/paths';
import { ROLES } from '@/lib/auth/roles';

import { lazyNamed } from '../lazy-named';
import type { AppRoute, MenuGroup } from '../routes';

// pages load with their route (own chunks)
const AnnualReview = lazyNamed(() => import('@/features/reports/components/annual-review'), 'AnnualReview');
const DepartmentBoard = lazyNamed(() => import('@/features/tasks/components/department-board'), 'DepartmentBoard');
const TaskDetail = lazyNamed(() => import('@/features/tasks/components/task-detail'), 'TaskDetail');
const TaskList = lazyNamed(() => import('@/features/tasks/components/task-list'), 'TaskList');

const TASKS_MENU: MenuGroup = { key: 'tasks', labelKey: 'menu.tasks', icon: <ScheduleOutlined /> };
// the API: tasks for staff and lead; the board for analysts too; the review for lead and staff
const TASK_READERS = [ROLES.staff, ROLES.lead] as const;

function TaskDetailPage() {
  const { id } = useParams();
  const taskId = Number(id);
  if (!Number.isSafeInteger(taskId) || taskId <= 0) return <NotFoundResult />;
  return <TaskDetail key={taskId} id={taskId} />;
}

export const TasksRoute = {
  path: tasksPaths.list,
  element: <TaskList />,
  handle: {
    access: TASK_READERS,
    breadcrumb: 'tasks.menu.list',
    menu: { labelKey: 'tasks.menu.list', icon: <UnorderedListOutlined />, group: TASKS_MENU },
  },
} satisfies AppRoute;

export const TaskBoardRoute = {
  path: tasksPaths.board,
  element: <DepartmentBoard />,
  handle: {
    access: [ROLES.staff, ROLES.lead, ROLES.analyst],
    breadcrumb: 'tasks.menu.board',
    menu: { labelKey: 'tasks.menu.board', icon: <BarChartOutlined />, group: TASKS_MENU },
  },
} satisfies AppRoute;

export const AnnualReviewRoute = {
  path: tasksPaths.review,
  element: <AnnualReview />,
  handle: {
    access: TASK_READERS,
    breadcrumb: 'tasks.menu.review',
    menu: { labelKey: 'tasks.menu.review', icon: <FileWordOutlined />, group: TASKS_MENU },
  },
} satisfies AppRoute;

export const TaskDetailRoute = {
  path: tasksPaths.task,
  element: <TaskDetailPage />,
  handle: {
    access: TASK_READERS,
    breadcrumb: 'tasks.menu.detail',
    parent: { path: tasksPaths.list, breadcrumb: 'tasks.menu.list' },
  },
} satisfies AppRoute;

export { toAnnualReview, toTask, toTaskBoard, toTaskList };
export const toTasks = toTaskList;

export const tasksRoutes: AppRoute[] = [TasksRoute, TaskBoardRoute, AnnualReviewRoute, TaskDetailRoute];
