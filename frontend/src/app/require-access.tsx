import type { ReactNode } from 'react';

import { ForbiddenResult } from '@/components/errors/forbidden-result';
import { useAuth } from '@/lib/auth/auth-context';
import type { Access } from '@/lib/auth/roles';

/** Renders the page only for users holding the route's role(s); everyone else sees the 403 page. */
export function RequireAccess({ access, children }: { access: Access | undefined; children: ReactNode }) {
  const { canAccess } = useAuth();
  return canAccess(access) ? children : <ForbiddenResult />;
}
