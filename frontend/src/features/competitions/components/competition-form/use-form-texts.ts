import { useTranslation } from 'react-i18next';

const FIELD_KEYS = {
  kind: 'competitions.form.kind',
  name: 'competitions.form.name',
  year: 'competitions.form.year',
  field: 'competitions.form.field',
  occupation: 'competitions.form.occupation',
  level: 'competitions.form.level',
  startDate: 'competitions.form.startDate',
  endDate: 'competitions.form.endDate',
  places: 'competitions.form.places',
  minSkillLevel: 'competitions.form.minSkillLevel',
  maxSkillLevel: 'competitions.form.maxSkillLevel',
  minAge: 'competitions.form.minAge',
  maxAge: 'competitions.form.maxAge',
  publicationDays: 'competitions.form.publicationDays',
  firstPrizes: 'competitions.form.firstPrizes',
  secondPrizes: 'competitions.form.secondPrizes',
  thirdPrizes: 'competitions.form.thirdPrizes',
  excellencePrizes: 'competitions.form.excellencePrizes',
  technicalExpertUpTo: 'competitions.form.technicalExpertUpTo',
  skillRaiseUpTo: 'competitions.form.skillRaiseUpTo',
  description: 'competitions.form.description',
} as const;

export type FieldLabel = keyof typeof FIELD_KEYS;

/** The sections' shared texts: a field's label, and the "fill in" / "choose" rules naming it. */
export function useFormTexts() {
  const { t } = useTranslation();
  return {
    t,
    f: (key: FieldLabel) => t(FIELD_KEYS[key]),
    fill: (field: string) => ({ required: true, whitespace: true, message: t('competitions.form.required', { field }) }),
    choose: (field: string) => ({ required: true, message: t('competitions.form.choose', { field }) }),
  };
}
