/** Where the department-record pages live: one page per record type, the type's code in the path. */
export const recordsPaths = {
  list: '/records/:type',
} as const;

export const toRecords = (type: string) => `/records/${type}`;
