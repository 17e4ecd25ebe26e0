import dayjs, { type Dayjs } from 'dayjs';

import type { Competition, CompetitionRequest } from '../../types';

export type FormValues = Omit<CompetitionRequest, 'startDate' | 'endDate' | 'version' | 'items'> & {
  startDate?: Dayjs;
  endDate?: Dayjs;
  items?: ItemValues[];
};

/** A scoring item row as typed (a new row may still be blank). */
export type ItemValues = { name?: string; weight?: number };

/** The fields a server error may name (an `items[1].name` goes to that row's name). */
export const FORM_FIELDS = [
  'kind', 'name', 'year', 'field', 'occupation', 'level', 'startDate', 'endDate', 'places', 'minSkillLevel', 'maxSkillLevel', 'minAge', 'maxAge',
  'publicationDays', 'firstPrizes', 'secondPrizes', 'thirdPrizes', 'excellencePrizes', 'technicalExpertUpTo', 'skillRaiseUpTo', 'description', 'items',
] as const;

/** The form's values for the competition read, or a new competition's defaults. */
export function toValues(c?: Competition): Partial<FormValues> {
  if (!c) {
    return {
      kind: 'SKILL_CONTEST',
      year: dayjs().year(),
      level: 'DISTRICT',
      places: 30,
      publicationDays: 7,
      firstPrizes: 1,
      secondPrizes: 2,
      thirdPrizes: 3,
      excellencePrizes: 0,
      items: [
        { name: '理论知识', weight: 30 },
        { name: '实际操作', weight: 70 },
      ],
    };
  }
  return {
    ...c,
    startDate: c.startDate ? dayjs(c.startDate) : undefined,
    endDate: c.endDate ? dayjs(c.endDate) : undefined,
    items: (c.items ?? []).map((i) => ({ name: i.name, weight: i.weight })),
  } as Partial<FormValues>;
}

/**
 * The request the form's values make: texts trimmed, blanks left out, a labour competition's field
 * only; the version goes with an edit.
 */
export const toRequest = (v: FormValues, version?: number): CompetitionRequest => ({
  kind: v.kind,
  name: v.name.trim(),
  year: v.year,
  field: v.kind === 'LABOUR_COMPETITION' ? v.field : undefined,
  occupation: v.occupation?.trim() || undefined,
  level: v.level,
  startDate: v.startDate!.format('YYYY-MM-DD'),
  endDate: v.endDate!.format('YYYY-MM-DD'),
  places: v.places,
  minSkillLevel: v.minSkillLevel ?? undefined,
  maxSkillLevel: v.maxSkillLevel ?? undefined,
  minAge: v.minAge ?? undefined,
  maxAge: v.maxAge ?? undefined,
  publicationDays: v.publicationDays,
  firstPrizes: v.firstPrizes ?? 0,
  secondPrizes: v.secondPrizes ?? 0,
  thirdPrizes: v.thirdPrizes ?? 0,
  excellencePrizes: v.excellencePrizes ?? 0,
  technicalExpertUpTo: v.technicalExpertUpTo ?? undefined,
  skillRaiseUpTo: v.skillRaiseUpTo ?? undefined,
  description: v.description?.trim() || undefined,
  items: (v.items ?? []).map((i) => ({ name: (i.name ?? '').trim(), weight: i.weight ?? 0 })),
  version,
});
