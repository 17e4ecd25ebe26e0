import { useAuth } from '@/lib/auth/auth-context';
import { ROLES } from '@/lib/auth/roles';

import type { Competition } from '../types';

/** Whether the signed-in user runs this competition: an organiser of its department (the API decides; the UI only hides). */
export function useManages(competition: Competition | undefined): boolean {
  const { user, hasRole } = useAuth();
  return !!competition && hasRole(ROLES.competitionOrganizer) && user.department === competition.department?.code;
}
