/**
 * Pages of 竞赛 (competitions, registration, judging, ranking, publication, certificates).
 * `appRoutes` in ../routes.tsx lists them in menu order.
 */
import { TrophyOutlined } from '@ant-design/icons';

import { ROLES } from '@/lib/auth/roles';

import type { AppRoute } from '../routes';
import { ComingSoonPage } from '../routes/coming-soon';

export const CompetitionsRoute = {
  path: '/competitions',
  element: <ComingSoonPage feature="menu.competitions" />,
  handle: {
    access: [ROLES.staff, ROLES.competitionOrganizer, ROLES.lead, ROLES.analyst],
    breadcrumb: 'menu.competitions',
    menu: { labelKey: 'menu.competitions', icon: <TrophyOutlined /> },
  },
} satisfies AppRoute;
export const toCompetitions = () => CompetitionsRoute.path;

export const competitionsRoutes: AppRoute[] = [CompetitionsRoute];
