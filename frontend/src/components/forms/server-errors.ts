import type { FormInstance } from 'antd';
import { useState } from 'react';

import { ApiError } from '@/lib/api-client';

/** A field path as the form names it: `create.request.items[1].name` → ['items', 1, 'name'], from the first segment the form knows. */
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
 * they name. The API names fields by path (`create.request.trainees[3]`): by default the error goes
 * to the form's top-level field (`trainees`); with `nested`, to the nested one (`items[1].name` in a
 * Form.List). Returns the errors that match no field of the form, for a summary above it.
 */
export function applyServerFieldErrors<T>(
  form: FormInstance<T>,
  error: unknown,
  fieldNames: readonly string[],
  { nested = false }: { nested?: boolean } = {},
) {
  if (!(error instanceof ApiError)) return [];
  const known = new Set(fieldNames);
  const byField = new Map<string, { name: (string | number)[]; errors: string[] }>();
  const unmatched: { field?: string; message?: string }[] = [];
  for (const e of error.fieldErrors) {
    const path = fieldPath(e.field, known);
    if (!path) {
      unmatched.push(e);
      continue;
    }
    // nested: onto the Form.List row's field; an item with no field of its own (`departments[1]`)
    // is its list's error, shown on the top-level field
    const name = nested && typeof path[path.length - 1] !== 'number' ? path : path.slice(0, 1);
    const key = name.join('.');
    const entry = byField.get(key) ?? { name, errors: [] };
    entry.errors.push(e.message ?? '');
    byField.set(key, entry);
  }
  form.setFields([...byField.values()].map(({ name, errors }) => ({ name: name as never, errors })));
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
export function useServerErrors<T>(
  form: FormInstance<T>,
  fieldNames: readonly string[],
  version?: number,
  options: { nested?: boolean } = {},
) {
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
      const unmatched = applyServerFieldErrors(form, error, fieldNames, options);
      if (!(error instanceof ApiError) || error.fieldErrors.length === 0 || unmatched.length > 0) {
        setOtherError(error);
      }
    },
  };
}
