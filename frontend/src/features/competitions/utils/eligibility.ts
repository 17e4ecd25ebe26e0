import { ApiError } from '@/lib/api-client';

/** The reasons a refused registration gives (409 `/problems/ineligible`: one field error per reason). */
export function ineligibleReasons(error: unknown): string[] | undefined {
  if (!(error instanceof ApiError) || error.status !== 409 || !error.type?.endsWith('/ineligible')) return undefined;
  const reasons = error.fieldErrors.map((e) => e.message ?? '').filter(Boolean);
  return reasons.length > 0 ? reasons : error.detail ? [error.detail] : [];
}
