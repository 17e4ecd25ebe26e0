import { useTranslation } from 'react-i18next';

import { useDictionaries, type DictionaryKind } from '@/lib/dictionaries';
import { formatDate, formatDateTime } from '@/lib/format/dates';
import { useNumberFormat } from '@/lib/format/numbers';

/** The registry's enums in the order forms and filters list them (the API's names). */
export const SKILL_LEVELS = ['NONE', 'JUNIOR', 'INTERMEDIATE', 'SENIOR', 'TECHNICIAN', 'SENIOR_TECHNICIAN'] as const;
export const EDUCATIONS = ['BELOW_JUNIOR_HIGH', 'JUNIOR_HIGH', 'SENIOR_HIGH', 'COLLEGE_OR_ABOVE'] as const;
export const GENDERS = ['MALE', 'FEMALE'] as const;
export const AGE_BANDS = ['UNDER_30', 'FROM_30_TO_40', 'FROM_40_TO_50', 'OVER_50'] as const;
export const WAGE_BANDS = ['UNDER_2000', 'FROM_2000_TO_3000', 'FROM_3000_TO_5000', 'OVER_5000'] as const;
export const OWNERSHIPS = ['PUBLIC', 'NON_PUBLIC'] as const;
export const ENTERPRISE_SIZES = ['LARGE', 'MEDIUM', 'SMALL', 'MICRO'] as const;
export const HONOUR_KINDS = ['INDIVIDUAL', 'COLLECTIVE'] as const;
export const HONOUR_CATEGORIES = ['MODEL_WORKER', 'TECHNICAL_EXPERT', 'CRAFTSMAN', 'WORKER_PIONEER', 'OTHER'] as const;
export const AWARD_LEVELS = ['NATIONAL', 'PROVINCIAL', 'CITY', 'DISTRICT'] as const;
export const POST_TYPES = [
  'PARTY_CONGRESS_DELEGATE',
  'PEOPLES_CONGRESS_DEPUTY',
  'CPPCC_MEMBER',
  'UNION_CONGRESS_DELEGATE',
  'OTHER',
] as const;

export type EnumGroup =
  | 'gender'
  | 'education'
  | 'skillLevel'
  | 'ageBand'
  | 'wageBand'
  | 'ownership'
  | 'size'
  | 'honourKind'
  | 'honourCategory'
  | 'awardLevel'
  | 'postType'
  | 'importStatus';

/** The groups whose labels come from the API's dictionaries (数据字典); the bands and import states are the SPA's own words. */
const DICTIONARY_OF: Partial<Record<EnumGroup, DictionaryKind>> = {
  gender: 'gender',
  education: 'education',
  skillLevel: 'skill_level',
  ownership: 'ownership',
  size: 'enterprise_size',
  honourKind: 'honour_kind',
  honourCategory: 'honour_category',
  awardLevel: 'award_level',
  postType: 'post_type',
};

/** Names enum values (from the dictionaries where the API has them) and builds Select options from them. */
export function useEnumLabels() {
  const { t } = useTranslation();
  const dictionary = useDictionaries();
  const label = (group: EnumGroup, value: string | undefined | null) => {
    const kind = DICTIONARY_OF[group];
    if (kind) return dictionary.label(kind, value);
    return value ? t(`registry.enums.${group}.${value}` as never, { defaultValue: value }) : '—';
  };
  const options = (group: EnumGroup, values: readonly string[]) => values.map((value) => ({ value, label: label(group, value) }));
  const yesNo = (value: boolean | undefined | null) => (value == null ? '—' : value ? t('registry.yes') : t('registry.no'));
  return { label, options, yesNo };
}

/** Counts, money in yuan and moments for the language in use (the app's formatters in lib/format). */
export function useFormatters() {
  const { count, money } = useNumberFormat();
  return { number: count, money: (value: number | undefined | null) => money(value), dateTime: formatDateTime, date: formatDate };
}
