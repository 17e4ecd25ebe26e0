/**
 * The functional realm roles of Keycloak realm `xianan` (DESIGN.md, "Security model"). Mirrors the
 * backend's `Roles` class; anything else in a token (default-roles-xianan, offline_access…) is not ours.
 */
export const ROLES = {
  admin: 'admin',
  lead: 'lead',
  staff: 'staff',
  registryEditor: 'registry-editor',
  piiReader: 'pii-reader',
  subsidyReviewer: 'subsidy-reviewer',
  subsidyApprover: 'subsidy-approver',
  competitionOrganizer: 'competition-organizer',
  analyst: 'analyst',
} as const;

export type Role = (typeof ROLES)[keyof typeof ROLES];

/** Every functional role, in the order the UI lists them. */
export const FUNCTIONAL_ROLES: readonly Role[] = Object.values(ROLES);

export function isFunctionalRole(role: string): role is Role {
  return (FUNCTIONAL_ROLES as readonly string[]).includes(role);
}

/** What a route or action needs: one role, or any one of several. No access rule means everyone signed in. */
export type Access = Role | readonly Role[];

export function hasAccess(userRoles: readonly string[], access: Access | undefined): boolean {
  if (access === undefined) {
    return true;
  }
  const needed: readonly Role[] = typeof access === 'string' ? [access] : access;
  return needed.some((role) => userRoles.includes(role));
}
