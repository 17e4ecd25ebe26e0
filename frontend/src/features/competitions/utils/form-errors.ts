import type { FormInstance } from 'antd';

import { ApiError } from '@/lib/api-client';

/** `create.request.items[1].name` → ['items', 1, 'name'] once the first known field is found. */
export function fieldPath(field: string | undefined, known: ReadonlySet<string>): (string | number)[] | undefined {
  if (!field) return undefined;
  const parts = field
    .replace(/\[(\d+)\]/g, '.$1')
    .split('.')
    .filter(Boolean);
  const start = parts.findIndex((p) => known.has(p));
  if (start < 0) return undefined;
  return parts.slice(start).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
}

/**
 * Puts the server's field errors (problem+json `errors[{field, message}]`) onto the form fields
 * they name, nested ones (`items[0].name`) included. Returns those that name no field of the form.
 */
export function applyServerFieldErrors<T>(form: FormInstance<T>, error: unknown, fieldNames: readonly string[]) {
  if (!(error instanceof ApiError)) return [];
  const known = new Set(fieldNames);
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unmatched: { field?: string; message?: string }[] = [];
  for (const e of error.fieldErrors) {
    const name = fieldPath(e.field, known);
    if (name) {
      const key = name.join('.');
      const entry = byField.get(key) ?? { name, errors: [] };
      entry.errors.push(e.message ?? '');
      byField.set(key, entry);
    } else {
      unmatched.push(e);
    }
  }
  form.setFields([...byField.values()].map(({ name, errors }) => ({ name: name as never, errors })));
  return unmatched;
}

/** A 409 because someone else saved the record since it was read. */
export const isStaleVersion = (error: unknown) =>
  error instanceof ApiError && error.status === 409 && (error.type?.endsWith('/stale-version') ?? false);

/** The reasons a refused registration gives (409 `/problems/ineligible`: one field error per reason). */
export function ineligibleReasons(error: unknown): string[] | undefined {
  if (!(error instanceof ApiError) || error.status !== 409 || !error.type?.endsWith('/ineligible')) return undefined;
  const reasons = error.fieldErrors.map((e) => e.message ?? '').filter(Boolean);
  return reasons.length > 0 ? reasons : error.detail ? [error.detail] : [];
}
