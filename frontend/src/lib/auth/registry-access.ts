import type { Me } from '@/types/api';

import { useMe } from './me';

/**
 * What the caller may do with the workers' registry, as the API's `/me` says (never guessed from a
 * department code or from roles alone): the lead unit lists and edits all, the development zone
 * lists its part, every other department and system finds people through the lookup only.
 */
export type RegistryAccess = {
  /** `/me` has answered; until then nothing is shown and nothing is refused. */
  ready: boolean;
  /** Lists and exports workers (scope ALL or DEV_ZONE). */
  lists: boolean;
  /** Changes workers, enterprises and honours (registry editors of the lead unit). */
  edits: boolean;
};

/** The registry features a route or menu entry needs: the workers list (`list`) or changes (`edit`). */
export type RegistryNeed = 'list' | 'edit';

export function registryAccessOf(me: Me | undefined): RegistryAccess {
  if (!me) return { ready: false, lists: false, edits: false };
  const scope = me.registryScope;
  return { ready: true, lists: scope === 'ALL' || scope === 'DEV_ZONE', edits: me.registryEditor === true };
}

export function allowsRegistry(access: RegistryAccess, need: RegistryNeed | undefined): boolean {
  if (need === undefined) return true;
  return need === 'list' ? access.lists : access.edits;
}

export function useRegistryAccess(): RegistryAccess {
  const me = useMe();
  // when /me cannot be read, nothing of the registry is offered (the API would refuse it anyway)
  return me.isError ? { ready: true, lists: false, edits: false } : registryAccessOf(me.data);
}
