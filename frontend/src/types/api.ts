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
/** One category of a statistics list (count, percent; both null and `suppressed` when the disclosure policy hid it). */
export type StatisticsShare = Schemas['StatisticsShare'];
/** `GET /api/v1/statistics/workforce/series` (and the other series): one point per month end. */
export type StatisticsSeries = Schemas['StatisticsSeries'];
/** One of the 14 industries. */
export type Industry = Schemas['Industry'];
/** A registered worker (personal data masked unless the caller holds pii-reader). */
export type Worker = Schemas['Worker'];
/** `GET /api/v1/workers`: one page of workers. */
export type WorkerPage = Schemas['PageResponseWorkerResponse'];
/** One person found by the minimal lookup: name, masked ID number, employer, skill level, migrant flag, age band. */
export type WorkerLookupItem = Schemas['WorkerLookupItem'];
/** `GET /api/v1/workers/lookup`: at most 20 people. */
export type WorkerLookupPage = Schemas['PageResponseWorkerLookupItem'];
/** How much of the registry a department reads: ALL, DEV_ZONE or LINKED. */
export type RegistryScope = Schemas['RegistryScope'];
/** One entry of the audit log (PII reads, refused access, exports). */
export type AuditEvent = Schemas['AuditEventResponse'];
/** `GET /api/v1/audit-events`: one page of the audit log. */
export type AuditEventPage = Schemas['PageResponseAuditEventResponse'];
/** A worker to register or change (version required on change). */
export type WorkerRequest = Schemas['WorkerRequest'];
/** One employment of a worker: enterprise, start, end (open while current). */
export type Employment = Schemas['Employment'];
/** One revision of a record: who changed which fields, when (Envers). */
export type HistoryEntry = Schemas['HistoryEntry'];
/** One field of a revision, with its value before and after. */
export type FieldChange = Schemas['FieldChange'];
/** A political post held by a worker (party congress delegate, people's congress deputy …). */
export type PoliticalPost = Schemas['PoliticalPost'];
/** A registered enterprise. */
export type Enterprise = Schemas['Enterprise'];
/** The short enterprise shape embedded in workers, employments and honours. */
export type EnterpriseRef = Schemas['EnterpriseRef'];
/** An enterprise to register or change (version required on change). */
export type EnterpriseRequest = Schemas['EnterpriseRequest'];
/** `GET /api/v1/enterprises`: one page of enterprises. */
export type EnterprisePage = Schemas['PageResponseEnterpriseResponse'];
/** An individual or collective honour. */
export type Honour = Schemas['Honour'];
/** An honour to record: individual (workerId) or collective (enterpriseId, teamName, memberIds). */
export type HonourRequest = Schemas['HonourRequest'];
/** `GET /api/v1/honours`: one page of honours. */
export type HonourPage = Schemas['PageResponseHonourResponse'];
/** A worker import job: status and progress. */
export type ImportJob = Schemas['JobResponse'];
/** One bad cell of an import: row (header = 1), column, message. */
export type ImportError = Schemas['ErrorResponse'];
/** `GET /api/v1/imports/{id}/errors`: one page of bad cells. */
export type ImportErrorPage = Schemas['PageResponseErrorResponse'];
/** `GET /api/v1/dictionaries`: every coded value with its labels (数据字典). */
export type Dictionaries = Schemas['Dictionaries'];
/** One kind of the dictionary with its items. */
export type DictionaryKindEntry = Schemas['Dictionary'];
/** One coded value with its Chinese and English label. */
export type DictionaryItem = Schemas['DictionaryItem'];

/** A department-record type and its fields (`GET /api/v1/records/types`). */
export type RecordType = Schemas['RecordType'];
/** One field of a record type: label (Chinese), labelEn, type, limits, dictionary. */
export type RecordField = Schemas['RecordField'];
/** One department record (publicity session, learning-platform enrolment, visit …). */
export type DepartmentRecord = Schemas['DepartmentRecord'];
/** The body that creates or changes a department record. */
export type DepartmentRecordRequest = Schemas['DepartmentRecordRequest'];
/** `GET /api/v1/records/{type}`: one page of records. */
export type DepartmentRecordPage = Schemas['PageResponseRecordResponse'];
/** A webhook subscription (订阅): where to send which events, and whether sending is paused. */
export type WebhookSubscription = Schemas['WebhookSubscription'];
/** `GET /api/v1/webhooks/subscriptions`: the subscriptions the caller may see (an admin: all). */
export type WebhookSubscriptionPage = Schemas['WebhookSubscriptionPage'];
/** One delivery of one event to one subscription. */
export type WebhookDelivery = Schemas['WebhookDelivery'];
/** `GET /api/v1/webhooks/subscriptions/{id}/deliveries`: one page of deliveries, newest first. */
export type WebhookDeliveryPage = Schemas['WebhookDeliveryPage'];
/** `POST /api/v1/webhooks/subscriptions/{id}/replay`: what the replay queued. */
export type WebhookReplayResult = Schemas['WebhookReplayResult'];

/** `GET /api/v1/reports/annual-review` (JSON): the year's review, every sentence with its sources. */
export type AnnualReviewDocument = Schemas['AnnualReview'];
/** One sentence of the review and the records it was computed from. */
export type AnnualReviewSentence = Schemas['AnnualReviewSentence'];
/** Where a sentence came from: a record type and ids, or a query in words. */
export type AnnualReviewSource = Schemas['AnnualReviewSource'];
