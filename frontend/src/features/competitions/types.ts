/** Names for the competitions API's schemas, taken from the generated OpenAPI types. */
import type { components } from '@/types/api.gen';

type Schemas = components['schemas'];

export type Competition = Schemas['Competition'];
export type CompetitionRequest = Schemas['CompetitionRequest'];
export type CompetitionPage = Schemas['PageResponseCompetitionResponse'];
export type CompetitionStage = Schemas['CompetitionStage'];
export type CompetitionKind = Schemas['CompetitionKind'];
export type CompetitionField = Schemas['CompetitionField'];
export type AwardGrade = Schemas['AwardGrade'];
export type AwardLevel = Schemas['AwardLevel'];
export type SkillLevel = Schemas['SkillLevel'];
export type Participant = Schemas['Participant'];
export type ParticipantStatus = Schemas['ParticipantStatus'];
export type BatchRegistrationResponse = Schemas['BatchRegistrationResponse'];
export type RegistrationResult = Schemas['RegistrationResult'];
export type Judge = Schemas['Judge'];
export type JudgeRequest = Schemas['JudgeRequest'];
export type ScoreSheet = Schemas['ScoreSheet'];
export type Ranking = Schemas['Ranking'];
export type RankingEntry = Schemas['RankingEntry'];
export type JudgeTotal = Schemas['JudgeTotal'];
export type Award = Schemas['Award'];
export type Objection = Schemas['Objection'];
export type ObjectionRequest = Schemas['ObjectionRequest'];
export type ObjectionResolution = Schemas['ObjectionResolution'];
/** A result an enterprise reported in a labour competition (measure, value, unit). */
export type CompetitionResult = Schemas['CompetitionResult'];
export type CompetitionResultRequest = Schemas['CompetitionResultRequest'];
/** One revision of the competition (Envers): who changed which fields, when. */
export type HistoryEntry = Schemas['HistoryEntry'];
/** Registry shapes the pickers read (same API, read only). */
export type WorkerSummary = Schemas['Worker'];
export type WorkerPage = Schemas['PageResponseWorkerResponse'];
export type EnterprisePage = Schemas['PageResponseEnterpriseResponse'];
