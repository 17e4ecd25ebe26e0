/** API answers for the competitions tests, shaped like the backend's (types from the OpenAPI document). */
import { http, HttpResponse } from 'msw';

import { fixture } from '@/testing/fixture';
import { apiUrl } from '@/testing/mocks/handlers';

import type { Competition, CompetitionResult, HistoryEntry, Judge, Participant, Ranking } from '../types';

export const contest: Competition = fixture<Competition>({
  id: 7,
  kind: 'SKILL_CONTEST',
  name: '2026年咸安区机电维修职业技能竞赛',
  year: 2026,
  department: { code: 'federation', name: '区总工会' },
  occupation: '机电维修',
  level: 'DISTRICT',
  startDate: '2026-12-01',
  endDate: '2026-12-03',
  stage: 'REGISTRATION',
  stageLabel: '报名',
  nextStage: 'REVIEW',
  places: 30,
  registered: 0,
  minSkillLevel: 'INTERMEDIATE',
  publicationDays: 7,
  firstPrizes: 1,
  secondPrizes: 1,
  thirdPrizes: 1,
  excellencePrizes: 0,
  technicalExpertUpTo: 'FIRST',
  items: [
    { id: 71, name: '理论知识', weight: 30, sortOrder: 0 },
    { id: 72, name: '实际操作', weight: 70, sortOrder: 1 },
  ],
  judgesLocked: false,
  demo: false,
  version: 3,
});

export const participants: Participant[] = fixture<Participant[]>([
  {
    id: 501,
    worker: { id: 11, name: '王晓霞' },
    skillLevel: 'SENIOR',
    enterprise: { id: 3, name: '华宇防腐有限公司' },
    displayName: '王晓霞',
    status: 'ACCEPTED',
    registeredAt: '2026-11-20T02:00:00Z',
    version: 1,
  },
  {
    id: 502,
    worker: { id: 12, name: '李强' },
    skillLevel: 'INTERMEDIATE',
    enterprise: { id: 4, name: '三得利有限公司' },
    displayName: '李强',
    status: 'ACCEPTED',
    registeredAt: '2026-11-20T03:00:00Z',
    version: 1,
  },
]);

export const judges: Judge[] = fixture<Judge[]>([
  { id: 91, name: '刘工', enterprise: { id: 3, name: '华宇防腐有限公司' }, affiliation: '高级技师', username: 'federation-lead' },
  { id: 92, name: '周工', affiliation: '区职校' },
]);

export const ranking: Ranking = fixture<Ranking>({
  competitionId: 7,
  stage: 'SCORING',
  rule: '≥5 名评委时去掉一个最高分和一个最低分后取平均;同分比较实操均分,再比较报名先后。',
  keyItem: '实际操作',
  entries: [
    {
      rank: 1,
      tied: true,
      participantId: 501,
      displayName: '王晓霞',
      enterprise: { id: 3, name: '华宇防腐有限公司' },
      finalScore: 90,
      keyItemScore: 91,
      judgesCounted: 3,
      dropped: true,
      registeredAt: '2026-11-20T02:00:00Z',
      judgeTotals: [
        { judgeId: 1, judgeName: '甲', total: 99 },
        { judgeId: 2, judgeName: '乙', total: 90 },
        { judgeId: 3, judgeName: '丙', total: 91 },
        { judgeId: 4, judgeName: '丁', total: 89 },
        { judgeId: 5, judgeName: '戊', total: 70, flagged: true, flagReason: '与其他评委中位数相差超过 15 分' },
      ],
    },
    {
      rank: 1,
      tied: true,
      participantId: 502,
      displayName: '李强',
      enterprise: { id: 4, name: '三得利有限公司' },
      finalScore: 90,
      keyItemScore: 91,
      judgesCounted: 3,
      dropped: true,
      registeredAt: '2026-11-20T02:00:00Z',
      judgeTotals: [],
    },
  ],
});

/** A labour competition (劳动竞赛): enterprises take part and report results. */
export const labour: Competition = fixture<Competition>({
  ...contest,
  id: 8,
  kind: 'LABOUR_COMPETITION',
  name: '2026年咸安区节能减排劳动竞赛',
  field: 'ENERGY_SAVING',
  occupation: undefined,
  minSkillLevel: undefined,
  technicalExpertUpTo: undefined,
  items: [{ id: 81, name: '综合评价', weight: 100, sortOrder: 0 }],
  stage: 'SCORING',
  stageLabel: '评分',
  nextStage: 'PUBLICATION',
  registered: 3,
});

export const enterpriseParticipants: Participant[] = fixture<Participant[]>([
  { id: 601, enterprise: { id: 3, name: '华宇防腐有限公司' }, displayName: '华宇防腐有限公司', status: 'ACCEPTED', registeredAt: '2026-11-20T02:00:00Z', version: 1 },
  { id: 602, enterprise: { id: 4, name: '三得利有限公司' }, displayName: '三得利有限公司', status: 'ACCEPTED', registeredAt: '2026-11-20T03:00:00Z', version: 1 },
  { id: 603, enterprise: { id: 5, name: '金盛纺织有限公司' }, displayName: '金盛纺织有限公司', status: 'REFUSED', registeredAt: '2026-11-20T04:00:00Z', version: 2 },
]);

export const results: CompetitionResult[] = fixture<CompetitionResult[]>([
  { id: 1, participantId: 601, participantName: '华宇防腐有限公司', measure: '节约标准煤', value: 12.5, unit: '吨', reportedOn: '2026-11-30', note: '余热回收改造' },
  { id: 2, participantId: 601, participantName: '华宇防腐有限公司', measure: '合理化建议', value: 30, unit: '条', reportedOn: '2026-11-30' },
  { id: 3, participantId: 602, participantName: '三得利有限公司', measure: '节约标准煤', value: 8, unit: '吨', reportedOn: '2026-12-01' },
]);

export const history: HistoryEntry[] = fixture<HistoryEntry[]>([
  {
    revision: 40,
    changedAt: '2026-11-01T01:00:00Z',
    actor: 'federation-lead',
    department: 'federation',
    type: 'CREATED',
    changes: [{ field: 'name', before: null, after: '2026年咸安区节能减排劳动竞赛' }],
  },
  {
    revision: 41,
    changedAt: '2026-11-25T06:30:00Z',
    actor: 'federation-lead',
    department: 'federation',
    type: 'UPDATED',
    changes: [
      { field: 'stage', before: 'REVIEW', after: 'SCORING' },
      { field: 'places', before: 30, after: 40 },
    ],
  },
]);

/** The detail page's reads, for a competition in the given state. */
export function competitionHandlers(
  competition: Competition = contest,
  extra: { participants?: Participant[]; judges?: Judge[]; results?: CompetitionResult[]; history?: HistoryEntry[] } = {},
) {
  return [
    http.get(apiUrl(`/api/v1/competitions/${competition.id}/results`), () => HttpResponse.json(extra.results ?? [])),
    http.get(apiUrl(`/api/v1/competitions/${competition.id}/history`), () => HttpResponse.json(extra.history ?? [])),
    http.get(apiUrl(`/api/v1/competitions/${competition.id}`), () => HttpResponse.json(competition)),
    http.get(apiUrl(`/api/v1/competitions/${competition.id}/participants`), () => HttpResponse.json(extra.participants ?? [])),
    http.get(apiUrl(`/api/v1/competitions/${competition.id}/judges`), () => HttpResponse.json(extra.judges ?? [])),
    http.get(apiUrl(`/api/v1/competitions/${competition.id}/objections`), () => HttpResponse.json([])),
    http.get(apiUrl(`/api/v1/competitions/${competition.id}/awards`), () => HttpResponse.json([])),
    http.get(apiUrl(`/api/v1/competitions/${competition.id}/ranking`), () => HttpResponse.json({ ...ranking, entries: [] })),
  ];
}
