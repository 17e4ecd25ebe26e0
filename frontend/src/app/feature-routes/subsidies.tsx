/**
 * Pages of 培训补贴 (funds, applications, review and approval queues).
 * `appRoutes` in ../routes.tsx lists them in menu order.
 */
import { MoneyCollectOutlined } from '@ant-design/icons';

import { ROLES } from '@/lib/auth/roles';

import type { AppRoute } from '../routes';
import { ComingSoonPage } from '../routes/coming-soon';

export const SubsidiesRoute = {
  path: '/subsidies',
  element: <ComingSoonPage feature="menu.subsidies" />,
  handle: {
    access: [ROLES.staff, ROLES.subsidyReviewer, ROLES.subsidyApprover, ROLES.lead, ROLES.analyst],
    breadcrumb: 'menu.subsidies',
    menu: { labelKey: 'menu.subsidies', icon: <MoneyCollectOutlined /> },
  },
} satisfies AppRoute;
export const toSubsidies = () => SubsidiesRoute.path;

export const subsidiesRoutes: AppRoute[] = [SubsidiesRoute];
