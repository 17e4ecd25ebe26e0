import type { FormInstance } from 'antd';

import { ApiError } from '@/lib/api-client';

/**
 * Puts the server's field errors (problem+json `errors[{field, message}]`) onto the form fields
 * they name; returns the ones that match no field, for a summary above the form.
 */
export function applyServerFieldErrors<T>(form: FormInstance<T>, error: unknown, fieldNames: readonly string[]) {
  if (!(error instanceof ApiError)) return [];
  const known = new Set(fieldNames);
  const byField = new Map<string, string[]>();
  const unmatched: { field?: string; message?: string }[] = [];
  for (const e of error.fieldErrors) {
    const name = e.field?.split('.').at(-1)?.replace(/\[\d+\]$/, '');
    if (name && known.has(name)) {
      byField.set(name, [...(byField.get(name) ?? []), e.message ?? '']);
    } else {
      unmatched.push(e);
    }
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: name as never, errors })));
  return unmatched;
}

/** A 409 because someone else saved the task since it was read. */
export const isStaleVersion = (error: unknown) =>
  error instanceof ApiError && error.status === 409 && (error.type?.endsWith('/stale-version') ?? false);
