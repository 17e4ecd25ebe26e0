import { useTranslation } from 'react-i18next';

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

/** Translates the competitions' enum values and builds Select options from them. */
export function useCompetitionLabels() {
  const { t, i18n } = useTranslation();
  const label = (group: CompetitionEnum, value: string | undefined | null) =>
    value ? t(`competitions.enums.${group}.${value}` as never, { defaultValue: value }) : '—';
  const options = (group: CompetitionEnum, values: readonly string[]) => values.map((value) => ({ value, label: label(group, value) }));
  const score = (value: number | undefined | null) => formatDecimal(value, numberLocale(i18n.language));
  return { label, options, score, dateTime: formatDateTime, date: formatDate };
}
