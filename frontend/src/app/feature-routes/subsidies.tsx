/**
 * Pages of 培训补贴 (funds, applications, review and approval queues), one submenu.
 * `appRoutes` in ../routes.tsx lists them in menu order.
 */
import { AuditOutlined, CheckCircleOutlined, FileTextOutlined, FundOutlined, MoneyCollectOutlined } from '@ant-design/icons';
import { useParams } from 'react-router';

import { ApplicationDetail } from '@/features/subsidies/components/application-detail';
import { ApplicationForm } from '@/features/subsidies/components/application-form';
import { ApplicationsList } from '@/features/subsidies/components/applications-list';
import { FundOverview } from '@/features/subsidies/components/fund-overview';
import { subsidiesPaths, toApplication } from '@/features/subsidies/paths';
import { ROLES } from '@/lib/auth/roles';

import type { AppRoute, MenuGroup } from '../routes';

const SUBSIDIES_MENU: MenuGroup = { key: 'subsidies', labelKey: 'menu.subsidies', icon: <MoneyCollectOutlined /> };
// the API: funds for staff, lead and the subsidy roles; analysts read statistics only
const FUND_READERS = [ROLES.staff, ROLES.subsidyReviewer, ROLES.subsidyApprover, ROLES.lead, ROLES.admin] as const;
const APPLICATION_READERS = [ROLES.staff, ROLES.subsidyReviewer, ROLES.subsidyApprover, ROLES.lead] as const;

function ApplicationDetailPage() {
  const { id } = useParams();
  return <ApplicationDetail key={id} id={Number(id)} />;
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
    breadcrumb: 'subsidies.menu.applications',
    menu: { labelKey: 'subsidies.menu.applications', icon: <FileTextOutlined />, group: SUBSIDIES_MENU },
  },
} satisfies AppRoute;

export const NewSubsidyApplicationRoute = {
  path: subsidiesPaths.newApplication,
  element: <ApplicationForm />,
  handle: {
    access: ROLES.staff,
    breadcrumb: 'subsidies.menu.newApplication',
    parent: { path: subsidiesPaths.applications, breadcrumb: 'subsidies.menu.applications' },
  },
} satisfies AppRoute;

export const SubsidyApplicationRoute = {
  path: subsidiesPaths.application,
  element: <ApplicationDetailPage />,
  handle: {
    access: APPLICATION_READERS,
    breadcrumb: 'subsidies.menu.applicationDetail',
    parent: { path: subsidiesPaths.applications, breadcrumb: 'subsidies.menu.applications' },
  },
} satisfies AppRoute;
export { toApplication };

export const SubsidyReviewQueueRoute = {
  path: subsidiesPaths.reviewQueue,
  element: <ApplicationsList key="review" mode="review" />,
  handle: {
    access: ROLES.subsidyReviewer,
    breadcrumb: 'subsidies.menu.reviewQueue',
    menu: { labelKey: 'subsidies.menu.reviewQueue', icon: <AuditOutlined />, group: SUBSIDIES_MENU },
  },
} satisfies AppRoute;

export const SubsidyApprovalQueueRoute = {
  path: subsidiesPaths.approvalQueue,
  element: <ApplicationsList key="approval" mode="approval" />,
  handle: {
    access: ROLES.subsidyApprover,
    breadcrumb: 'subsidies.menu.approvalQueue',
    menu: { labelKey: 'subsidies.menu.approvalQueue', icon: <CheckCircleOutlined />, group: SUBSIDIES_MENU },
  },
} satisfies AppRoute;

export const subsidiesRoutes: AppRoute[] = [
  SubsidiesRoute,
  SubsidyApplicationsRoute,
  NewSubsidyApplicationRoute,
  SubsidyApplicationRoute,
  SubsidyReviewQueueRoute,
  SubsidyApprovalQueueRoute,
];
