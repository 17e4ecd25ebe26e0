/** Names for the subsidy schemas of the generated OpenAPI types (never hand-written shapes). */
import type { components } from '@/types/api.gen';

type Schemas = components['schemas'];

export type Fund = Schemas['Fund'];
export type FundRequest = Schemas['FundRequest'];
export type FundSource = Schemas['FundSource'];
export type BudgetAdjustment = Schemas['FundBudgetAdjustment'];
export type BudgetAdjustmentRequest = Schemas['FundBudgetAdjustmentRequest'];
export type Programme = Schemas['SubsidyProgramme'];
export type ProgrammeRequest = Schemas['SubsidyProgrammeRequest'];
export type ProgrammeKind = Schemas['ProgrammeKind'];
export type Application = Schemas['SubsidyApplication'];
export type ApplicationPage = Schemas['PageResponseApplicationResponse'];
export type ApplicationRequest = Schemas['SubsidyApplicationRequest'];
export type ApplicationEvent = Schemas['SubsidyApplicationEvent'];
export type Attachment = Schemas['SubsidyAttachment'];
export type Statistics = Schemas['SubsidyStatistics'];
export type StatisticsCell = Schemas['SubsidyStatisticsCell'];
export type ApplicationState = Schemas['ApplicationState'];
export type TransitionRequest = Schemas['SubsidyTransitionRequest'];
export type DisbursementRequest = Schemas['SubsidyDisbursementRequest'];
export type SkillLevel = Schemas['SkillLevel'];
/** A trainee as the form holds it: a row of the minimal worker lookup (or a saved trainee in that shape). */
export type WorkerSummary = Schemas['WorkerLookupItem'];
export type EnterprisePage = Schemas['PageResponseEnterpriseResponse'];

export const FUND_SOURCES: FundSource[] = ['EMPLOYMENT_SUBSIDY', 'WORK_FOR_TRAINING_ACCOUNT', 'LOCAL_MATCHING'];
export const PROGRAMME_KINDS: ProgrammeKind[] = ['WORK_FOR_TRAINING', 'PRE_JOB_TRAINING', 'ON_JOB_UPGRADING', 'JOB_TRANSFER_TRAINING', 'SKILL_CERTIFICATION'];
export const APPLICATION_STATES: ApplicationState[] = ['DRAFT', 'SUBMITTED', 'REVIEWED', 'APPROVED', 'DISBURSED', 'REJECTED'];
export const SKILL_LEVELS: SkillLevel[] = ['NONE', 'JUNIOR', 'INTERMEDIATE', 'SENIOR', 'TECHNICIAN', 'SENIOR_TECHNICIAN'];
