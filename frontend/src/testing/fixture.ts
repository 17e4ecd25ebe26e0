/**
 * Test data shaped like an API answer, written with only the fields a test cares about. The types
 * generated from the OpenAPI contract are exact (every answer field required, null where the API
 * may answer null), so a hand-written answer would otherwise have to spell out every field; a
 * fixture may leave fields out or use undefined, and is then used as the full type.
 */
export type Loose<T> = T extends (infer U)[]
  ? Loose<U>[]
  : T extends object
    ? { [K in keyof T]?: Loose<T[K]> | undefined }
    : T | undefined;

export const fixture = <T>(value: Loose<T>): T => value as unknown as T;
