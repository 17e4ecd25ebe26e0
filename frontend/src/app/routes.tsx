/**
 * Every page of the app with its metadata: the role(s) it needs, its breadcrumb and its menu entry.
 * The side menu and the route guard both read these objects, so a hidden menu entry and a
 * forbidden route cannot disagree (Keycloak admin-ui routes.ts).
 */
import {
  ApiOutlined,
  AuditOutlined,
  BankOutlined,
  BookOutlined,
  CloudUploadOutlined,
  DashboardOutlined,
  StarOutlined,
  TeamOutlined,
  UserOutlined,
} from '@ant-design/icons';
import type { ReactNode } from 'react';

import { registryPaths, toEnterprise, toEnterprises, toHonours, toImport, toWorker, toWorkers } from '@/features/registry/paths';
import { allowsRegistry, type RegistryAccess, type RegistryNeed } from '@/lib/auth/registry-access';
import { ROLES, type Access } from '@/lib/auth/roles';
import { allowsSubsidies, type SubsidyAccess, type SubsidyNeed } from '@/lib/auth/subsidy-access';
import type { TranslationKey } from '@/lib/i18n/i18n';

import { competitionsRoutes } from './feature-routes/competitions';
import { recordsRoutes } from './feature-routes/records';
import { subsidiesRoutes } from './feature-routes/subsidies';
import { tasksRoutes } from './feature-routes/tasks';
import { lazyNamed } from './lazy-named';

// every page loads with its route (own chunks), the landing page too: the first load carries only the shell
const DashboardPage = lazyNamed(() => import('./routes/dashboard'), 'DashboardPage');
const AuditPage = lazyNamed(() => import('./routes/audit'), 'AuditPage');
const DictionariesPage = lazyNamed(() => import('./routes/dictionaries'), 'DictionariesPage');
const EnterpriseDetailPage = lazyNamed(() => import('./routes/enterprise-detail'), 'EnterpriseDetailPage');
const EnterprisesPage = lazyNamed(() => import('./routes/enterprises'), 'EnterprisesPage');
const HonoursPage = lazyNamed(() => import('./routes/honours'), 'HonoursPage');
const ImportPage = lazyNamed(() => import('./routes/import'), 'ImportPage');
const RegistryPage = lazyNamed(() => import('./routes/registry'), 'RegistryPage');
const WebhooksPage = lazyNamed(() => import('./routes/webhooks'), 'WebhooksPage');
const WorkerDetailPage = lazyNamed(() => import('./routes/worker-detail'), 'WorkerDetailPage');

/** A submenu of the side menu: routes naming the same group are listed under one entry. */
export type MenuGroup = { key: string; labelKey: TranslationKey; icon: ReactNode };

export type AppRouteHandle = {
  /** Role, or any one of several roles, needed to open the page; none means every signed-in user. */
  access?: Access;
  /**
   * What the page needs of the workers' registry beyond the role, as `/me` says (registry scope by
   * minimum necessity): `list` for the workers list, `edit` for changes such as the import.
   */
  registry?: RegistryNeed;
  /** What the page needs of subsidy applications beyond the role, as `/me` says: `list` or `enter`. */
  subsidies?: SubsidyNeed;
  /** Title of the page in the breadcrumb and page header. */
  breadcrumb: TranslationKey;
  /** The page above this one in the breadcrumb (a detail page's list). */
  parent?: { path: string; breadcrumb: TranslationKey };
  /** Entry in the side menu, inside `group` when given; pages without one are reached by links only. */
  menu?: { labelKey: TranslationKey; icon: ReactNode; group?: MenuGroup };
};

export type AppRoute = {
  path: string;
  element: ReactNode;
  handle: AppRouteHandle;
};

export const DashboardRoute = {
  path: '/',
  element: <DashboardPage />,
  handle: {
    breadcrumb: 'menu.dashboard',
    menu: { labelKey: 'menu.dashboard', icon: <DashboardOutlined /> },
  },
} satisfies AppRoute;
export const toDashboard = () => DashboardRoute.path;

/** 工人名册: workers, enterprises, honours and the import, one submenu. */
const REGISTRY_MENU: MenuGroup = { key: 'registry', labelKey: 'menu.registry', icon: <TeamOutlined /> };
// analysts get statistics only, never rows: the API answers them 403 here
const REGISTRY_READERS = [ROLES.staff, ROLES.registryEditor, ROLES.lead] as const;

export const RegistryRoute = {
  path: registryPaths.workers,
  element: <RegistryPage />,
  handle: {
    access: REGISTRY_READERS,
    // only the lead unit and the development zone list (and export) workers; others use the lookup
    registry: 'list',
    breadcrumb: 'menu.registry',
    menu: { labelKey: 'registry.menu.workers', icon: <UserOutlined />, group: REGISTRY_MENU },
  },
} satisfies AppRoute;
export const toRegistry = toWorkers;

export const WorkerDetailRoute = {
  path: registryPaths.worker,
  element: <WorkerDetailPage />,
  handle: {
    access: REGISTRY_READERS,
    breadcrumb: 'registry.menu.workerDetail',
    parent: { path: registryPaths.workers, breadcrumb: 'menu.registry' },
  },
} satisfies AppRoute;
export { toWorker };

export const EnterprisesRoute = {
  path: registryPaths.enterprises,
  element: <EnterprisesPage />,
  handle: {
    access: REGISTRY_READERS,
    breadcrumb: 'registry.menu.enterprises',
    menu: { labelKey: 'registry.menu.enterprises', icon: <BankOutlined />, group: REGISTRY_MENU },
  },
} satisfies AppRoute;
export { toEnterprises };

export const EnterpriseDetailRoute = {
  path: registryPaths.enterprise,
  element: <EnterpriseDetailPage />,
  handle: {
    access: REGISTRY_READERS,
    breadcrumb: 'registry.menu.enterpriseDetail',
    parent: { path: registryPaths.enterprises, breadcrumb: 'registry.menu.enterprises' },
  },
} satisfies AppRoute;
export { toEnterprise };

export const HonoursRoute = {
  path: registryPaths.honours,
  element: <HonoursPage />,
  handle: {
    access: REGISTRY_READERS,
    breadcrumb: 'registry.menu.honours',
    menu: { labelKey: 'registry.menu.honours', icon: <StarOutlined />, group: REGISTRY_MENU },
  },
} satisfies AppRoute;
export { toHonours };

export const ImportRoute = {
  path: registryPaths.import,
  element: <ImportPage />,
  handle: {
    // the API lets only registry editors of the lead unit import
    access: ROLES.registryEditor,
    registry: 'edit',
    breadcrumb: 'registry.import.title',
    menu: { labelKey: 'registry.menu.import', icon: <CloudUploadOutlined />, group: REGISTRY_MENU },
  },
} satisfies AppRoute;
export { toImport };

export const AuditRoute = {
  path: '/audit',
  element: <AuditPage />,
  handle: {
    access: ROLES.admin,
    breadcrumb: 'menu.audit',
    menu: { labelKey: 'menu.audit', icon: <AuditOutlined /> },
  },
} satisfies AppRoute;
export const toAudit = () => AuditRoute.path;

export const DictionariesRoute = {
  path: '/dictionaries',
  element: <DictionariesPage />,
  handle: {
    access: ROLES.admin,
    breadcrumb: 'menu.dictionaries',
    menu: { labelKey: 'menu.dictionaries', icon: <BookOutlined /> },
  },
} satisfies AppRoute;

/** Webhook 订阅: systems create subscriptions through the API; the administrator pauses, resumes, replays, deletes. */
export const WebhooksRoute = {
  path: '/webhooks',
  element: <WebhooksPage />,
  handle: {
    access: ROLES.admin,
    breadcrumb: 'menu.webhooks',
    menu: { labelKey: 'menu.webhooks', icon: <ApiOutlined /> },
  },
} satisfies AppRoute;

/** All pages, in menu order. */
export const appRoutes: AppRoute[] = [
  DashboardRoute,
  RegistryRoute,
  WorkerDetailRoute,
  EnterprisesRoute,
  EnterpriseDetailRoute,
  HonoursRoute,
  ImportRoute,
  ...competitionsRoutes,
  ...subsidiesRoutes,
  ...tasksRoutes,
  ...recordsRoutes,
  AuditRoute,
  DictionariesRoute,
  WebhooksRoute,
];

/** The routes that belong in the side menu of a user who may open them (role, registry and subsidy scope). */
export function menuRoutes(
  routes: AppRoute[],
  canAccess: (access: Access | undefined) => boolean,
  registry: RegistryAccess,
  subsidies: SubsidyAccess = { ready: true, lists: true, enters: true },
): (AppRoute & { handle: Required<Pick<AppRouteHandle, 'menu'>> })[] {
  return routes.filter(
    (route): route is AppRoute & { handle: Required<Pick<AppRouteHandle, 'menu'>> } =>
      route.handle.menu !== undefined &&
      canAccess(route.handle.access) &&
      allowsRegistry(registry, route.handle.registry) &&
      allowsSubsidies(subsidies, route.handle.subsidies),
  );
}
