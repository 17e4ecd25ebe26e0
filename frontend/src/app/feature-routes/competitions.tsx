/**
 * Pages of 竞赛 (competitions, registration, judging, ranking, publication, certificates).
 * `appRoutes` in ../routes.tsx lists them in menu order.
 */
import { TrophyOutlined } from '@ant-design/icons';

import { competitionsPaths, toCertificates, toCompetition, toCompetitions } from '@/features/competitions/paths';
import { ROLES } from '@/lib/auth/roles';

import { lazyNamed } from '../lazy-named';
import type { AppRoute } from '../routes';

// pages load with their route (own chunks)
const CertificatesPage = lazyNamed(() => import('../routes/competitions/competitions-pages'), 'CertificatesPage');
const CompetitionDetailPage = lazyNamed(() => import('../routes/competitions/competitions-pages'), 'CompetitionDetailPage');
const CompetitionsPage = lazyNamed(() => import('../routes/competitions/competitions-pages'), 'CompetitionsPage');

// analysts get only /statistics/competitions from the API, so the pages are not theirs
const COMPETITION_READERS = [ROLES.staff, ROLES.competitionOrganizer, ROLES.lead] as const;

export const CompetitionsRoute = {
  path: competitionsPaths.list,
  element: <CompetitionsPage />,
  handle: {
    access: COMPETITION_READERS,
    breadcrumb: 'menu.competitions',
    menu: { labelKey: 'menu.competitions', icon: <TrophyOutlined /> },
  },
} satisfies AppRoute;

export const CompetitionDetailRoute = {
  path: competitionsPaths.detail,
  element: <CompetitionDetailPage />,
  handle: {
    access: COMPETITION_READERS,
    breadcrumb: 'competitions.menu.detail',
    parent: { path: competitionsPaths.list, breadcrumb: 'menu.competitions' },
  },
} satisfies AppRoute;

export const CertificatesRoute = {
  path: competitionsPaths.certificates,
  element: <CertificatesPage />,
  handle: {
    access: COMPETITION_READERS,
    breadcrumb: 'competitions.menu.certificates',
    parent: { path: competitionsPaths.list, breadcrumb: 'menu.competitions' },
  },
} satisfies AppRoute;

export { toCertificates, toCompetition, toCompetitions };

export const competitionsRoutes: AppRoute[] = [CompetitionsRoute, CompetitionDetailRoute, CertificatesRoute];
