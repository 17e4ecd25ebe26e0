import { Skeleton } from 'antd';
import type { ReactNode } from 'react';

import { ForbiddenResult } from '@/components/errors/forbidden-result';
import { useAuth } from '@/lib/auth/auth-context';
import { allowsRegistry, useRegistryAccess, type RegistryNeed } from '@/lib/auth/registry-access';
import type { Access } from '@/lib/auth/roles';
import { allowsSubsidies, useSubsidyAccess, type SubsidyNeed } from '@/lib/auth/subsidy-access';

/**
 * Renders the page only for users holding the route's role(s) and, where the route needs the
 * registry or subsidy applications, whose scope allows it (from `/me`); everyone else sees the 403 page.
 */
export function RequireAccess({
  access,
  registry,
  subsidies,
  children,
}: {
  access: Access | undefined;
  registry?: RegistryNeed;
  subsidies?: SubsidyNeed;
  children: ReactNode;
}) {
  const { canAccess } = useAuth();
  const scope = useRegistryAccess();
  const subsidyScope = useSubsidyAccess();
  if (!canAccess(access)) return <ForbiddenResult />;
  if (registry === undefined && subsidies === undefined) return children;
  if (!scope.ready || !subsidyScope.ready) return <Skeleton active data-testid="access-loading" />;
  return allowsRegistry(scope, registry) && allowsSubsidies(subsidyScope, subsidies) ? children : <ForbiddenResult />;
}
