import { createContext, useContext, useMemo, type ReactNode } from 'react';

import type { AuthSession, AuthUser } from './auth-session';
import { hasAccess, type Access, type Role } from './roles';

export type AuthContextValue = {
  user: AuthUser;
  hasRole: (role: Role) => boolean;
  /** True when the user holds the role, or any one of the roles, that `access` names. */
  canAccess: (access: Access | undefined) => boolean;
  logout: () => void;
};

const AuthContext = createContext<AuthContextValue | null>(null);

/** Provides the signed-in session to the tree. The Keycloak provider wraps this; tests use it directly. */
export function AuthProvider({ session, children }: { session: AuthSession; children: ReactNode }) {
  const { user } = session;
  const value = useMemo<AuthContextValue>(
    () => ({
      user,
      hasRole: (role) => user.roles.includes(role),
      canAccess: (access) => hasAccess(user.roles, access),
      logout: () => session.logout(),
    }),
    [session, user],
  );
  return <AuthContext.Provider value={value}>{children}</AuthContext.Provider>;
}

export function useAuth(): AuthContextValue {
  const value = useContext(AuthContext);
  if (!value) {
    throw new Error('useAuth must be used inside <AuthProvider>');
  }
  return value;
}
