/** The subsidies' query keys, written once; every write invalidates `subsidyKeys.all`. */
export const subsidyKeys = {
  all: ['subsidies'] as const,
  applications: (query: object) => ['subsidies', 'applications', query] as const,
  application: (id: number) => ['subsidies', 'application', id] as const,
  applicationHistory: (id: number) => ['subsidies', 'application', id, 'history'] as const,
  funds: (year?: number) => ['subsidies', 'funds', year ?? null] as const,
  adjustments: (fundId: number) => ['subsidies', 'funds', fundId, 'adjustments'] as const,
  programmes: (filter: object) => ['subsidies', 'programmes', filter] as const,
  statistics: (year?: number) => ['subsidies', 'statistics', year ?? null] as const,
};
