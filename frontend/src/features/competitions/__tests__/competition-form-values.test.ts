import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';

import { toRequest, toValues, type FormValues } from '../components/competition-form/values';

import { contest } from './fixtures';

describe('竞赛 form values: the competition read to the form and the form to the request', () => {
  it('starts a new competition from the defaults: a district skill contest this year with two scoring items', () => {
    expect(toValues()).toMatchObject({
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
    });
  });

  it('reads a competition: dates as days, items by name and weight only', () => {
    const values = toValues(contest);
    expect(values.name).toBe(contest.name);
    expect(values.startDate?.format('YYYY-MM-DD')).toBe('2026-12-01');
    expect(values.endDate?.format('YYYY-MM-DD')).toBe('2026-12-03');
    expect(values.items).toEqual([
      { name: '理论知识', weight: 30 },
      { name: '实际操作', weight: 70 },
    ]);
  });

  it('sends what it read back unchanged, with the version', () => {
    const request = toRequest(toValues(contest) as FormValues, contest.version);
    expect(request).toMatchObject({
      kind: 'SKILL_CONTEST',
      name: contest.name,
      year: 2026,
      occupation: '机电维修',
      level: 'DISTRICT',
      startDate: '2026-12-01',
      endDate: '2026-12-03',
      places: 30,
      minSkillLevel: 'INTERMEDIATE',
      technicalExpertUpTo: 'FIRST',
      items: [
        { name: '理论知识', weight: 30 },
        { name: '实际操作', weight: 70 },
      ],
      version: 3,
    });
    expect(request.field).toBeUndefined();
  });

  it('trims the texts, leaves blanks out, counts missing prizes as none and keeps the field for a labour competition only', () => {
    const values: FormValues = {
      kind: 'LABOUR_COMPETITION',
      name: '  岗位劳动竞赛 ',
      year: 2026,
      field: 'KEY_PROJECTS',
      occupation: '   ',
      level: 'DISTRICT',
      startDate: dayjs('2026-03-01'),
      endDate: dayjs('2026-03-31'),
      places: 10,
      publicationDays: 5,
      description: ' ',
      items: [{ name: ' 成效 ' }, {}],
    };
    const request = toRequest(values);
    expect(request).toMatchObject({
      name: '岗位劳动竞赛',
      field: 'KEY_PROJECTS',
      startDate: '2026-03-01',
      endDate: '2026-03-31',
      firstPrizes: 0,
      secondPrizes: 0,
      thirdPrizes: 0,
      excellencePrizes: 0,
      items: [
        { name: '成效', weight: 0 },
        { name: '', weight: 0 },
      ],
    });
    expect(request.occupation).toBeUndefined();
    expect(request.description).toBeUndefined();
    expect(request.version).toBeUndefined();
    expect(toRequest({ ...values, kind: 'SKILL_CONTEST' }).field).toBeUndefined();
  });
});
