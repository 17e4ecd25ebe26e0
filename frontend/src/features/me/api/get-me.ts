/** `GET /api/v1/me` lives in lib (the shell and every feature ask it what the caller may do); re-exported for this feature. */
export { getMe, getMeQueryOptions, useMe } from '@/lib/auth/me';
