/**
 * Pages of 培训补贴 (funds, applications, review and approval queues), one submenu.
 * `appRoutes` in ../routes.tsx lists them in menu order.
 */
import { AuditOutlined, BarChartOutlined, CheckCircleOutlined, FileTextOutlined, FundOutlined, MoneyCollectOutlined } from '@ant-design/icons';
import { useParams } from 'react-router';

import { subsidiesPaths, toApplication } from '@/features/subsidies/paths';
import { ROLES } from '@/lib/auth/roles';

import { lazyNamed } from '../lazy-named';
import type { AppRoute, MenuGroup } from '../routes';

// pages load with their route (own chunks)
const ApplicationDetail = lazyNamed(() => import('@/features/subsidies/components/application-detail'), 'ApplicationDetail');
const ApplicationForm = lazyNamed(() => import('@/features/subsidies/components/application-form'), 'ApplicationForm');
const EditApplication = lazyNamed(() => import('@/features/subsidies/components/application-form'), 'EditApplication');
const ApplicationsList = lazyNamed(() => import('@/features/subsidies/components/applications-list'), 'ApplicationsList');
const FundOverview = lazyNamed(() => import('@/features/subsidies/components/fund-overview'), 'FundOverview');
const SubsidyStatistics = lazyNamed(() => import('@/features/subsidies/components/subsidy-statistics'), 'SubsidyStatistics');

const SUBSIDIES_MENU: MenuGroup = { key: 'subsidies', labelKey: 'menu.subsidies', icon: <MoneyCollectOutlined /> };
// the API: funds for staff, lead and the subsidy roles; analysts read statistics only
const FUND_READERS = [ROLES.staff, ROLES.subsidyReviewer, ROLES.subsidyApprover, ROLES.lead, ROLES.admin] as const;
const APPLICATION_READERS = [ROLES.staff, ROLES.subsidyReviewer, ROLES.subsidyApprover, ROLES.lead] as const;

function ApplicationDetailPage() {
  const { id } = useParams();
  return <ApplicationDetail key={id} id={Number(id)} />;
}

function EditApplicationPage() {
  const { id } = useParams();
  return <EditApplication key={id} id={Number(id)} />;
}

export const SubsidiesRoute = {
  path: subsidiesPaths.funds,
  element: <FundOverview />,
  handle: {
    access: FUND_READERS,
    breadcrumb: 'subsidies.menu.funds',
    menu: { labelKey: 'subsidies.menu.funds', icon: <FundOutlined />, group: SUBSIDIES_MENU },
  },
} satisfies AppRoute;
export const toSubsidies = () => SubsidiesRoute.path;

export const SubsidyApplicationsRoute = {
  path: subsidiesPaths.applications,
  element: <ApplicationsList mode="all" />,
  handle: {
    access: APPLICATION_READERS,
    // a department without a fund has no applications: the API refuses its list
    subsidies: 'list',
    breadcrumb: 'subsidies.menu.applications',
    menu: { labelKey: 'subsidies.menu.applications', icon: <FileTextOutlined />, group: SUBSIDIES_MENU },
  },
} satisfies AppRoute;

export const NewSubsidyApplicationRoute = {
  path: subsidiesPaths.newApplication,
  element: <ApplicationForm />,
  handle: {
    access: ROLES.staff,
    subsidies: 'enter',
    breadcrumb: 'subsidies.menu.newApplication',
    parent: { path: subsidiesPaths.applications, breadcrumb: 'subsidies.menu.applications' },
  },
} satisfies AppRoute;

export const SubsidyApplicationRoute = {
  path: subsidiesPaths.application,
  element: <ApplicationDetailPage />,
  handle: {
    access: APPLICATION_READERS,
    subsidies: 'list',
    breadcrumb: 'subsidies.menu.applicationDetail',
    parent: { path: subsidiesPaths.applications, breadcrumb: 'subsidies.menu.applications' },
  },
} satisfies AppRoute;
export { toApplication };

export const EditSubsidyApplicationRoute = {
  path: subsidiesPaths.editApplication,
  element: <EditApplicationPage />,
  handle: {
    access: ROLES.staff,
    subsidies: 'enter',
    breadcrumb: 'subsidies.menu.editApplication',
    parent: { path: subsidiesPaths.applications, breadcrumb: 'subsidies.menu.applications' },
  },
} satisfies AppRoute;

export const SubsidyReviewQueueRoute = {
  path: subsidiesPaths.reviewQueue,
  element: <ApplicationsList key="review" mode="review" />,
  handle: {
    access: ROLES.subsidyReviewer,
    subsidies: 'list',
    breadcrumb: 'subsidies.menu.reviewQueue',
    menu: { labelKey: 'subsidies.menu.reviewQueue', icon: <AuditOutlined />, group: SUBSIDIES_MENU },
  },
} satisfies AppRoute;

export const SubsidyApprovalQueueRoute = {
  path: subsidiesPaths.approvalQueue,
  element: <ApplicationsList key="approval" mode="approval" />,
  handle: {
    access: ROLES.subsidyApprover,
    subsidies: 'list',
    breadcrumb: 'subsidies.menu.approvalQueue',
    menu: { labelKey: 'subsidies.menu.approvalQueue', icon: <CheckCircleOutlined />, group: SUBSIDIES_MENU },
  },
} satisfies AppRoute;

// the API: staff, lead, the subsidy roles, admin and analysts (small cells hidden for analysts)
export const SubsidyStatisticsRoute = {
  path: subsidiesPaths.statistics,
  element: <SubsidyStatistics />,
  handle: {
    access: [...FUND_READERS, ROLES.analyst],
    breadcrumb: 'subsidies.menu.statistics',
    menu: { labelKey: 'subsidies.menu.statistics', icon: <BarChartOutlined />, group: SUBSIDIES_MENU },
  },
} satisfies AppRoute;

export const subsidiesRoutes: AppRoute[] = [
  SubsidiesRoute,
  SubsidyApplicationsRoute,
  NewSubsidyApplicationRoute,
  SubsidyApplicationRoute,
  EditSubsidyApplicationRoute,
  SubsidyReviewQueueRoute,
  SubsidyApprovalQueueRoute,
  SubsidyStatisticsRoute,
];
