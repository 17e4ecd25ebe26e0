/** The workforce statistics' query keys (`statisticsKeys.all` is what registry writes invalidate). */
export const workforceKeys = {
  all: ['statistics'] as const,
  workforce: (filter: object) => ['statistics', 'workforce', filter] as const,
  series: (by: string) => ['statistics', 'workforce', 'series', by] as const,
};
