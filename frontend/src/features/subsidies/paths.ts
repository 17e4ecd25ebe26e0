/** Route patterns and link builders of the subsidy pages. */
export const subsidiesPaths = {
  funds: '/subsidies',
  applications: '/subsidies/applications',
  newApplication: '/subsidies/applications/new',
  application: '/subsidies/applications/:id',
  editApplication: '/subsidies/applications/:id/edit',
  statistics: '/subsidies/statistics',
  reviewQueue: '/subsidies/review',
  approvalQueue: '/subsidies/approval',
} as const;

export const toApplication = (id: number | string) => `/subsidies/applications/${id}`;
export const toEditApplication = (id: number | string) => `/subsidies/applications/${id}/edit`;
