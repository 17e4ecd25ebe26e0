import { Menu, Skeleton, type MenuProps } from 'antd';
import type { BreadcrumbItemType } from 'antd/es/breadcrumb/Breadcrumb';
import { Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useMatches } from 'react-router';

import { LanguageSwitch } from '@/components/language-switch';
import { AppShell } from '@/components/layout/app-shell';
import { PageHeader } from '@/components/layout/page-header';
import { LogoutButton } from '@/components/logout-button';
import { CurrentUser } from '@/features/me/components/current-user';
import { NotificationBell } from '@/features/tasks/components/notification-bell';
import { useAuth } from '@/lib/auth/auth-context';
import { useRegistryAccess } from '@/lib/auth/registry-access';
import { useSubsidyAccess } from '@/lib/auth/subsidy-access';

import { appRoutes, menuRoutes, toDashboard, type AppRoute, type AppRouteHandle, type MenuGroup } from './routes';

function isRouteHandle(handle: unknown): handle is AppRouteHandle {
  return typeof handle === 'object' && handle !== null && 'breadcrumb' in handle;
}

/** The menu entry of the deepest route whose path the location is in. */
function selectedMenuKey(pathname: string, paths: string[]): string | undefined {
  return paths
    .filter((path) => pathname === path || pathname.startsWith(path === '/' ? '/' : `${path}/`))
    .sort((a, b) => b.length - a.length)[0];
}

type MenuRoute = ReturnType<typeof menuRoutes>[number];
type MenuItems = NonNullable<MenuProps['items']>;

/** Menu items in route order; routes of one group become one submenu where the first of them stands. */
function menuItems(routes: MenuRoute[], label: (route: AppRoute & MenuRoute) => ReactNode, groupLabel: (group: MenuGroup) => ReactNode): MenuItems {
  const items: MenuItems = [];
  const groups = new Map<string, { key: string; icon: ReactNode; label: ReactNode; children: MenuItems }>();
  for (const route of routes) {
    const item = { key: route.path, icon: route.handle.menu.icon, label: label(route) };
    const group = route.handle.menu.group;
    if (!group) {
      items.push(item);
      continue;
    }
    let submenu = groups.get(group.key);
    if (!submenu) {
      submenu = { key: group.key, icon: group.icon, label: groupLabel(group), children: [] };
      groups.set(group.key, submenu);
      items.push(submenu);
    }
    submenu.children.push(item);
  }
  return items;
}

/** Shell of every signed-in page; its side menu is derived from the route objects. */
export function AppLayout() {
  const { t } = useTranslation();
  const { canAccess } = useAuth();
  const registry = useRegistryAccess();
  const subsidies = useSubsidyAccess();
  const { pathname } = useLocation();
  const matches = useMatches();

  const visible = menuRoutes(appRoutes, canAccess, registry, subsidies);
  const selected = selectedMenuKey(
    pathname,
    visible.map((route) => route.path),
  );
  const current = [...matches].reverse().find((match) => isRouteHandle(match.handle))?.handle as
    | AppRouteHandle
    | undefined;

  const selectedGroup = visible.find((route) => route.path === selected)?.handle.menu.group?.key;

  const breadcrumb: BreadcrumbItemType[] = [{ title: <Link to={toDashboard()}>{t('menu.dashboard')}</Link> }];
  if (current?.parent) {
    breadcrumb.push({ title: <Link to={current.parent.path}>{t(current.parent.breadcrumb)}</Link> });
  }
  if (current && current.breadcrumb !== 'menu.dashboard') {
    breadcrumb.push({ title: t(current.breadcrumb) });
  }

  return (
    <AppShell
      productName={t('app.shortName')}
      menu={
        <Menu
          theme="dark"
          mode="inline"
          data-testid="side-menu"
          selectedKeys={selected ? [selected] : []}
          defaultOpenKeys={selectedGroup ? [selectedGroup] : []}
          items={menuItems(
            visible,
            (route) => <Link to={route.path}>{t(route.handle.menu.labelKey)}</Link>,
            (group) => t(group.labelKey),
          )}
        />
      }
      headerRight={
        <>
          <NotificationBell />
          <CurrentUser />
          <LanguageSwitch />
          <LogoutButton />
        </>
      }
    >
      {current && <PageHeader title={t(current.breadcrumb)} breadcrumb={breadcrumb} />}
      <Suspense fallback={<div data-testid="page-loading"><Skeleton active /></div>}>
        <Outlet />
      </Suspense>
    </AppShell>
  );
}
