/**
 * Where the registry's pages live, as route patterns and typed link builders. The app's route
 * table (app/routes.tsx) is built from the patterns; the feature's own links use the builders, so
 * neither needs to know the other's strings.
 */
export const registryPaths = {
  workers: '/registry',
  worker: '/registry/workers/:id',
  enterprises: '/registry/enterprises',
  enterprise: '/registry/enterprises/:id',
  honours: '/registry/honours',
  import: '/registry/import',
} as const;

export const toWorkers = () => registryPaths.workers;
export const toWorker = (id: number | string) => `/registry/workers/${id}`;
export const toEnterprises = () => registryPaths.enterprises;
export const toEnterprise = (id: number | string) => `/registry/enterprises/${id}`;
export const toHonours = () => registryPaths.honours;
export const toImport = () => registryPaths.import;
