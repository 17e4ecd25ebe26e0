import type { Me } from '@/types/api';

import { useMe } from './me';

/**
 * What the caller may do with subsidy applications, as the API's `/me` says: list them (the lead
 * unit all, a department that owns a fund its own) and enter new ones (staff of such a department).
 * A department without a fund gets neither, so 补贴申请 and 新建申请 are not offered to it.
 */
export type SubsidyAccess = {
  /** `/me` has answered; until then nothing is shown and nothing is refused. */
  ready: boolean;
  /** Lists and reads applications (scope ALL or DEPARTMENT). */
  lists: boolean;
  /** Enters new applications. */
  enters: boolean;
};

/** The subsidy features a route or menu entry needs: the applications list (`list`) or entering one (`enter`). */
export type SubsidyNeed = 'list' | 'enter';

export function subsidyAccessOf(me: Me | undefined): SubsidyAccess {
  if (!me) return { ready: false, lists: false, enters: false };
  return { ready: true, lists: me.subsidyApplicationScope != null, enters: me.subsidyApplicant === true };
}

export function allowsSubsidies(access: SubsidyAccess, need: SubsidyNeed | undefined): boolean {
  if (need === undefined) return true;
  return need === 'list' ? access.lists : access.enters;
}

export function useSubsidyAccess(): SubsidyAccess {
  const me = useMe();
  return me.isError ? { ready: true, lists: false, enters: false } : subsidyAccessOf(me.data);
}
