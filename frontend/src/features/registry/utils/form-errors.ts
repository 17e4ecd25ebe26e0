import type { FormInstance } from 'antd';

import { ApiError } from '@/lib/api-client';

/**
 * Puts the server's field errors (problem+json `errors[{field, message}]`) onto the form fields
 * they name. Returns the errors that match no field of the form, for a summary above it.
 */
export function applyServerFieldErrors<T>(form: FormInstance<T>, error: unknown, fieldNames: readonly string[]) {
  if (!(error instanceof ApiError)) return [];
  const known = new Set(fieldNames);
  const byField = new Map<string, string[]>();
  const unmatched: { field?: string; message?: string }[] = [];
  for (const e of error.fieldErrors) {
    // the API names nested fields by path (e.g. request.idNumber); the last segment is the form's name
    const name = e.field?.split('.').at(-1);
    if (name && known.has(name)) {
      byField.set(name, [...(byField.get(name) ?? []), e.message ?? '']);
    } else {
      unmatched.push(e);
    }
  }
  form.setFields([...byField].map(([name, errors]) => ({ name: name as never, errors })));
  return unmatched;
}

/** A 409 because someone else saved the record since it was read. */
export const isStaleVersion = (error: unknown) =>
  error instanceof ApiError && error.status === 409 && (error.type?.endsWith('/stale-version') ?? false);
