/**
 * The registry as the API answers it, for the registry's route tests: builders for workers,
 * enterprises, honours and import jobs, and handlers that serve them. Tests add what they need with
 * `server.use(...registryHandlers(...))` and override single calls to script a story.
 */
import { http, HttpResponse } from 'msw';

import { fixture } from '@/testing/fixture';
import type { Employment, Enterprise, HistoryEntry, Honour, ImportJob, PoliticalPost, Worker } from '@/types/api';

import { apiUrl } from './handlers';

export const textileCo: Enterprise = fixture<Enterprise>({
  id: 7,
  creditCode: '91421202MA4901234F',
  name: '咸安纺织有限公司',
  industryCode: 'textiles',
  industryName: '纺织',
  ownership: 'NON_PUBLIC',
  size: 'MEDIUM',
  inDevZone: true,
  hasUnion: true,
  hasPartyOrg: false,
  address: '咸宁市咸安区永安大道1号',
  contactPerson: '刘强',
  contactPhone: '0715-8123456',
  workerCount: 2,
  demo: true,
  version: 3,
});

const ref = (e: Enterprise) => ({ id: e.id, name: e.name, industryCode: e.industryCode, industryName: e.industryName, inDevZone: e.inDevZone });

/** 王晓霞, born 1990-01-01, female: a valid ID number (421202199001010029). */
export function aWorker(overrides: Partial<Worker> = {}, masked = false): Worker {
  return fixture<Worker>({
    id: 1,
    idNumber: masked ? '421202********0029' : '421202199001010029',
    masked,
    name: '王晓霞',
    gender: 'FEMALE',
    birthDate: masked ? undefined : '1990-01-01',
    // the exact age only for pii-reader; everyone sees the band
    age: masked ? undefined : 36,
    ageBand: { key: 'FROM_30_TO_40', label: '30—40岁' },
    education: 'SENIOR_HIGH',
    monthlyWage: 4200,
    skillLevel: 'INTERMEDIATE',
    skillTier: 'JUNIOR_INTERMEDIATE',
    occupation: '挡车工',
    agriculturalHukou: true,
    migrant: true,
    fromOutside: false,
    unionMember: true,
    partyMember: false,
    phone: masked ? '139****1111' : '13900001111',
    enterprise: ref(textileCo),
    demo: false,
    version: 2,
    ...overrides,
  });
}

export const employments: Employment[] = fixture<Employment[]>([
  { id: 12, enterprise: ref(textileCo), startDate: '2024-03-01', current: true },
  {
    id: 11,
    enterprise: { id: 8, name: '三得利有限公司', industryCode: 'food', industryName: '食品', inDevZone: false },
    startDate: '2015-07-01',
    endDate: '2024-02-29',
    current: false,
  },
]);

export const workerHistory = (masked: boolean): HistoryEntry[] => [
  {
    revision: 5,
    changedAt: '2020-11-01T02:00:00Z',
    actor: 'federation-lead',
    actorName: '张明华',
    department: 'federation',
    departmentName: '区总工会',
    clientId: 'spa',
    type: 'CREATED',
    changes: [
      { field: 'name', before: null, after: '王晓霞' },
      { field: 'idNumber', before: null, after: masked ? '421202********0029' : '421202199001010029' },
    ],
  },
  {
    revision: 9,
    changedAt: '2024-03-01T02:00:00Z',
    actor: 'hrss-editor',
    actorName: null,
    department: 'hrss',
    departmentName: '区人社局',
    clientId: 'spa',
    type: 'UPDATED',
    changes: [
      { field: 'monthlyWage', before: 3800, after: 4200 },
      { field: 'skillLevel', before: 'JUNIOR', after: 'INTERMEDIATE' },
    ],
  },
];

export const modelWorkerHonour: Honour = fixture<Honour>({
  id: 31,
  kind: 'INDIVIDUAL',
  category: 'MODEL_WORKER',
  title: '全国劳动模范',
  level: 'NATIONAL',
  year: 2020,
  awardedOn: '2020-11-24',
  issuer: '中共中央、国务院',
  worker: { id: 1, name: '王晓霞' },
  enterprise: { id: 8, name: '三得利有限公司' },
  members: [],
  version: 0,
});

export const pioneerHonour: Honour = fixture<Honour>({
  id: 32,
  kind: 'COLLECTIVE',
  category: 'WORKER_PIONEER',
  title: '工人先锋号',
  level: 'PROVINCIAL',
  year: 2021,
  issuer: '湖北省总工会',
  enterprise: { id: 9, name: '华宇防腐有限公司' },
  teamName: '技术胶甲班',
  members: [
    { id: 2, name: '李娜' },
    { id: 3, name: '张伟' },
  ],
  version: 0,
});

export const delegatePost: PoliticalPost = {
  id: 41,
  worker: { id: 1, name: '王晓霞' },
  post: 'PARTY_CONGRESS_DELEGATE',
  title: '中国共产党咸安区第五次代表大会代表',
  level: 'DISTRICT',
  year: 2021,
  issuer: '中共咸安区委',
};

const page = <T>(items: T[]) => ({ items, total: items.length, page: 0, size: 20, totalExact: true });

/** One worker with its employments, history, posts and honours, and a small enterprise list. */
export function registryHandlers({ worker = aWorker() }: { worker?: Worker } = {}) {
  return [
    http.get(apiUrl(`/api/v1/workers/${worker.id}`), () => HttpResponse.json(worker)),
    http.get(apiUrl(`/api/v1/workers/${worker.id}/employments`), () => HttpResponse.json(employments)),
    http.get(apiUrl(`/api/v1/workers/${worker.id}/history`), () => HttpResponse.json(workerHistory(worker.masked ?? false))),
    http.get(apiUrl(`/api/v1/workers/${worker.id}/political-posts`), () => HttpResponse.json([delegatePost])),
    http.get(apiUrl('/api/v1/workers'), () => HttpResponse.json(page([worker]))),
    http.get(apiUrl('/api/v1/honours'), () => HttpResponse.json(page([modelWorkerHonour]))),
    http.get(apiUrl('/api/v1/enterprises'), () => HttpResponse.json(page([textileCo]))),
    http.get(apiUrl(`/api/v1/enterprises/${textileCo.id}`), () => HttpResponse.json(textileCo)),
  ];
}

/** An import job in the given state. */
export function anImportJob(overrides: Partial<ImportJob> = {}): ImportJob {
  return fixture<ImportJob>({
    id: 51,
    status: 'QUEUED',
    dryRun: true,
    fileName: 'workers.csv',
    fileFormat: 'CSV',
    rowsRead: 0,
    rowsValid: 0,
    rowsCreated: 0,
    rowsUpdated: 0,
    rowsUnchanged: 0,
    errorCount: 0,
    createdBy: 'federation-lead',
    department: 'federation',
    createdAt: '2026-12-01T08:00:00Z',
    retryable: false,
    ...overrides,
  });
}
