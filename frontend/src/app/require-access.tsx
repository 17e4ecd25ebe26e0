import { Skeleton } from 'antd';
import type { ReactNode } from 'react';

import { ForbiddenResult } from '@/components/errors/forbidden-result';
import { useAuth } from '@/lib/auth/auth-context';
import { allowsRegistry, useRegistryAccess, type RegistryNeed } from '@/lib/auth/registry-access';
import type { Access } from '@/lib/auth/roles';

/**
 * Renders the page only for users holding the route's role(s) and, where the route needs the
 * registry, whose registry scope allows it (from `/me`); everyone else sees the 403 page.
 */
export function RequireAccess({ access, registry, children }: { access: Access | undefined; registry?: RegistryNeed; children: ReactNode }) {
  const { canAccess } = useAuth();
  const scope = useRegistryAccess();
  if (!canAccess(access)) return <ForbiddenResult />;
  if (registry === undefined) return children;
  if (!scope.ready) return <Skeleton active data-testid="access-loading" />;
  return allowsRegistry(scope, registry) ? children : <ForbiddenResult />;
}
