import { describe, expect, it } from 'vitest';

import { userFromToken } from '@/lib/auth/keycloak-session';
import { hasAccess } from '@/lib/auth/roles';

describe('user from the access token', () => {
  it('reads username, roles and department, and writes a Chinese name family-name first', () => {
    const user = userFromToken({
      preferred_username: 'federation-lead',
      name: '明华 张',
      given_name: '明华',
      family_name: '张',
      department: 'federation',
      realm_access: { roles: ['default-roles-xianan', 'lead', 'staff'] },
    } as never);

    expect(user).toEqual({
      username: 'federation-lead',
      displayName: '张明华',
      roles: ['default-roles-xianan', 'lead', 'staff'],
      department: 'federation',
    });
  });

  it('has no department and no roles when the token carries none', () => {
    expect(userFromToken({ preferred_username: 'analyst', name: 'Di Wu' } as never)).toEqual({
      username: 'analyst',
      displayName: 'Di Wu',
      roles: [],
      department: null,
    });
  });
});

describe('route access', () => {
  it('lets everyone in when a route names no role, and needs any one of several otherwise', () => {
    expect(hasAccess([], undefined)).toBe(true);
    expect(hasAccess(['staff'], ['admin', 'staff'])).toBe(true);
    expect(hasAccess(['staff'], 'admin')).toBe(false);
    expect(hasAccess(['default-roles-xianan'], ['staff'])).toBe(false);
  });
});
