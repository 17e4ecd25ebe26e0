import { useTranslation } from 'react-i18next';

import { useDictionaries, type DictionaryKind } from '@/lib/dictionaries';
import { formatDate, formatDateTime } from '@/lib/format/dates';
import { formatDecimal, numberLocale } from '@/lib/format/numbers';

/** The competitions' enums in the order the API and the forms list them. */
export const STAGES = ['REGISTRATION', 'REVIEW', 'SCORING', 'PUBLICATION', 'CLOSED'] as const;
/** Results are out (公示 or closed): no more registrations or results, the awards stand. */
export const isPublished = (stage?: string) => stage === 'PUBLICATION' || stage === 'CLOSED';
export const KINDS = ['SKILL_CONTEST', 'JOB_DRILL', 'LABOUR_COMPETITION'] as const;
export const FIELDS = ['KEY_PROJECTS', 'EMERGING_INDUSTRIES', 'NON_PUBLIC', 'SMALL_MICRO', 'ENERGY_SAVING'] as const;
export const GRADES = ['FIRST', 'SECOND', 'THIRD', 'EXCELLENCE'] as const;
export const LEVELS = ['NATIONAL', 'PROVINCIAL', 'CITY', 'DISTRICT'] as const;
export const SKILL_LEVELS = ['NONE', 'JUNIOR', 'INTERMEDIATE', 'SENIOR', 'TECHNICIAN', 'SENIOR_TECHNICIAN'] as const;
export const PARTICIPANT_STATUSES = ['PENDING', 'ACCEPTED', 'REFUSED'] as const;
export const OBJECTION_STATUSES = ['OPEN', 'UPHELD', 'DISMISSED'] as const;

export type CompetitionEnum = 'stage' | 'kind' | 'field' | 'grade' | 'level' | 'skillLevel' | 'participantStatus' | 'objectionStatus';

const DICTIONARY_OF: Record<CompetitionEnum, DictionaryKind> = {
  stage: 'competition_stage',
  kind: 'competition_kind',
  field: 'competition_field',
  grade: 'award_grade',
  level: 'award_level',
  skillLevel: 'skill_level',
  participantStatus: 'participant_status',
  objectionStatus: 'objection_status',
};

/** Names the competitions' enum values from the API's dictionaries and builds Select options from them. */
export function useCompetitionLabels() {
  const { i18n } = useTranslation();
  const dictionary = useDictionaries();
  const label = (group: CompetitionEnum, value: string | undefined | null) => dictionary.label(DICTIONARY_OF[group], value);
  const options = (group: CompetitionEnum, values: readonly string[]) => values.map((value) => ({ value, label: label(group, value) }));
  const score = (value: number | undefined | null) => formatDecimal(value, numberLocale(i18n.language));
  return { label, options, score, dateTime: formatDateTime, date: formatDate };
}
