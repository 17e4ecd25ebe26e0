import type { FormInstance } from 'antd';
import { useState } from 'react';

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

/**
 * The state of a form's failed save, in one place for every form: a stale version (409, someone
 * saved in between) shows the reload warning; field errors go onto the fields they name; anything
 * else (or a field error that names no field of the form) shows above the form.
 */
export function useServerErrors<T>(form: FormInstance<T>, fieldNames: readonly string[], version?: number) {
  // the version that met a conflict: once a reload brings a newer one, the warning goes
  const [staleAt, setStaleAt] = useState<number>();
  const [otherError, setOtherError] = useState<unknown>();
  return {
    stale: staleAt !== undefined && staleAt === version,
    otherError,
    /** Before a new attempt, or after a reload: the error above the form goes. */
    clearOther: () => setOtherError(undefined),
    /** When the form closes: every error goes. */
    clearAll: () => {
      setOtherError(undefined);
      setStaleAt(undefined);
    },
    show: (error: unknown) => {
      if (version !== undefined && isStaleVersion(error)) {
        setStaleAt(version);
        return;
      }
      const unmatched = applyServerFieldErrors(form, error, fieldNames);
      if (!(error instanceof ApiError) || error.fieldErrors.length === 0 || unmatched.length > 0) {
        setOtherError(error);
      }
    },
  };
}
