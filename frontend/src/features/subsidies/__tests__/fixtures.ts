/** What the subsidies tests share: hrss users, a fund, a programme, workers, an application and the handlers answering them. */
import { http, HttpResponse } from 'msw';

import { fixture } from '@/testing/fixture';
import type { TestUser } from '@/testing/mocks/data';
import { apiUrl } from '@/testing/mocks/handlers';

import type { Application, ApplicationEvent, Fund, Programme, WorkerSummary } from '../types';

export function hrssUser(username: string, roles: string[]): TestUser {
  const department = { code: 'hrss', name: '区人社局', nameEn: 'Human Resources and Social Security Bureau', leadUnit: false };
  return {
    auth: { username, displayName: username, department: 'hrss', roles: ['default-roles-xianan', ...roles] },
    me: {
      username, displayName: username, department, roles, clientId: 'spa', serviceAccount: false, registryScope: 'LINKED', registryEditor: false,
      // hrss owns the funds: its staff list and enter applications (the API's /me)
      subsidyApplicationScope: 'DEPARTMENT', subsidyApplicant: roles.includes('staff'),
    },
  };
}
export const reviewer = hrssUser('hrss-reviewer', ['staff', 'subsidy-reviewer']);
export const approver = hrssUser('hrss-approver', ['staff', 'subsidy-approver']);

export const fund: Fund = fixture<Fund>({ id: 1, year: 2020, source: 'EMPLOYMENT_SUBSIDY', name: '2020年就业补助资金', budget: 26_730_000, committed: 120_000, disbursed: 300_000, remaining: 26_310_000, version: 0 });
export const programme: Programme = fixture<Programme>({
  id: 5, kind: 'PRE_JOB_TRAINING', name: '2020年岗前培训', year: 2020, amountPerTrainee: 1000, levelAmounts: { SENIOR: 1500 }, migrantUpliftPercent: 20,
  fund: { id: 1, name: fund.name, year: 2020 },
});
export const enterprise = { id: 70, name: '咸安纺织有限公司', creditCode: '91421202MA4901234F' };
export const workers: WorkerSummary[] = fixture<WorkerSummary[]>([
  { id: 11, name: '王晓霞', idNumber: '421202********1234', skillLevel: 'INTERMEDIATE', migrant: true, enterprise: { id: 70, name: enterprise.name } },
  { id: 12, name: '李建国', idNumber: '421202********5678', skillLevel: 'SENIOR', migrant: false, enterprise: { id: 70, name: enterprise.name } },
]);
export const application = (over: Partial<Application> = {}): Application => fixture<Application>({
  id: 9, enterprise: { id: 70, name: enterprise.name }, programme: { id: 5, name: programme.name, year: 2020 },
  trainingStart: '2020-03-01', trainingEnd: '2020-05-31', amount: 2700, state: 'REVIEWED', createdBy: 'hrss-staff', reviewedBy: 'hrss-reviewer',
  duties: { enteredBy: ['hrss-staff'], submittedBy: ['hrss-staff'], reviewedBy: ['hrss-reviewer'] },
  trainees: [{ workerId: 11, name: '王晓霞', skillLevel: 'INTERMEDIATE', migrant: true, amount: 1200 }, { workerId: 13, name: '赵强', skillLevel: 'SENIOR', amount: 1500 }],
  version: 3, ...over,
});
export const history: ApplicationEvent[] = fixture<ApplicationEvent[]>([
  { id: 1, action: 'CREATE', toState: 'DRAFT', actor: 'hrss-staff', department: 'hrss', occurredAt: '2020-06-01T02:00:00Z' },
  { id: 2, action: 'SUBMIT', fromState: 'DRAFT', toState: 'SUBMITTED', actor: 'hrss-staff', department: 'hrss', occurredAt: '2020-06-01T02:05:00Z' },
  { id: 3, action: 'REVIEW', fromState: 'SUBMITTED', toState: 'REVIEWED', actor: 'hrss-reviewer', department: 'hrss', occurredAt: '2020-06-02T02:00:00Z' },
]);

export const subsidyHandlers = (app: Application = application()) => [
  http.get(apiUrl('/api/v1/funds'), () => HttpResponse.json([fund])),
  http.get(apiUrl('/api/v1/subsidy-programmes'), () => HttpResponse.json([programme])),
  http.get(apiUrl('/api/v1/subsidy-applications/9'), () => HttpResponse.json(app)),
  http.get(apiUrl('/api/v1/subsidy-applications/9/history'), () => HttpResponse.json(history)),
  http.get(apiUrl('/api/v1/enterprises'), () => HttpResponse.json({ items: [enterprise], total: 1, page: 0, size: 20 })),
  // the minimal lookup: a name within one enterprise
  http.get(apiUrl('/api/v1/workers/lookup'), ({ request }) => {
    const params = new URL(request.url).searchParams;
    const items = workers.filter((w) => w.name!.includes(params.get('name') ?? '') && String(w.enterprise?.id) === params.get('enterpriseId'));
    return HttpResponse.json({ items, total: items.length, page: 0, size: 20 });
  }),
];
