/**
 * Names for the API's schemas, taken from the generated OpenAPI types (`api.gen.ts`, written by
 * `npm run gen:api` from the backend's document). Never hand-write a backend shape here.
 */
import type { components } from './api.gen';

type Schemas = components['schemas'];

/** `GET /api/v1/me`: the caller as the API sees them. */
export type Me = Schemas['Me'];
/** A member department (成员单位). */
export type Department = Schemas['Department'];
/** The short department shape embedded in other answers (e.g. `Me.department`). */
export type DepartmentSummary = Schemas['DepartmentSummary'];
/** `GET /api/v1/departments`: one page of departments. */
export type DepartmentPage = Schemas['PageResponseDepartmentResponse'];
/** RFC 9457 problem details, the API's one error body. */
export type Problem = Schemas['Problem'];
/** One invalid input inside a validation problem. */
export type FieldError = Schemas['FieldError'];
/** `GET /api/v1/statistics/workforce`: the review's workforce profile. */
export type WorkforceStatistics = Schemas['WorkforceStatistics'];
/** One category of a statistics list (count, percent, suppressed for analysts). */
export type StatisticsShare = Schemas['StatisticsShare'];
/** One of the 14 industries. */
export type Industry = Schemas['Industry'];
/** A registered worker (personal data masked unless the caller holds pii-reader). */
export type Worker = Schemas['Worker'];
/** `GET /api/v1/workers`: one page of workers. */
export type WorkerPage = Schemas['PageResponseWorkerResponse'];
/** One entry of the audit log (PII reads, refused access, exports). */
export type AuditEvent = Schemas['AuditEventResponse'];
/** `GET /api/v1/audit-events`: one page of the audit log. */
export type AuditEventPage = Schemas['PageResponseAuditEventResponse'];
