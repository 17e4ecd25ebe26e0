/** Demo data shaped like the API's answers, matching the seed departments and Keycloak demo users. */
import type { AuthUser } from '@/lib/auth/auth-session';
import { fixture } from '@/testing/fixture';
import type { Department, DepartmentPage, Me, RegistryScope } from '@/types/api';

export const departments: Department[] = fixture<Department[]>([
  { code: 'federation', name: '区总工会', nameEn: 'District Federation of Trade Unions', leadUnit: true, sortOrder: 10, version: 0 },
  { code: 'publicity', name: '区委宣传部', nameEn: 'Publicity Department', leadUnit: false, sortOrder: 20, version: 0 },
  { code: 'scitech', name: '区科经局', nameEn: 'Bureau of Science, Technology and Economy', leadUnit: false, sortOrder: 30, version: 0 },
  { code: 'hrss', name: '区人社局', nameEn: 'Human Resources and Social Security Bureau', leadUnit: false, sortOrder: 40, version: 0 },
  { code: 'education', name: '区教育局', nameEn: 'Education Bureau', leadUnit: false, sortOrder: 50, version: 0 },
  { code: 'ndrc', name: '区发改局', nameEn: 'Development and Reform Bureau', leadUnit: false, sortOrder: 60, version: 0 },
  { code: 'devzone', name: '咸安经济开发区', nameEn: 'Economic Development Zone', leadUnit: false, sortOrder: 70, version: 0 },
]);

export const departmentPage: DepartmentPage = fixture<DepartmentPage>({
  items: departments,
  total: departments.length,
  page: 0,
  size: departments.length,
});

function summary(code: string) {
  const department = departments.find((d) => d.code === code)!;
  return { code: department.code, name: department.name, nameEn: department.nameEn, leadUnit: department.leadUnit };
}

/** A signed-in user as the token (auth) and the API's /me (me) describe them. */
export type TestUser = { auth: AuthUser; me: Me };

function testUser(username: string, displayName: string, department: string | null, roles: string[], registryScope?: RegistryScope): TestUser {
  return {
    auth: { username, displayName, department, roles: ['default-roles-xianan', 'offline_access', ...roles] },
    me: {
      username,
      displayName,
      department: department ? summary(department) : null,
      roles,
      clientId: 'spa',
      serviceAccount: false,
      // as the API derives them: the department's registry scope, editing for the lead unit's registry editors
      registryScope: registryScope ?? null,
      registryEditor: registryScope === 'ALL' && roles.includes('registry-editor'),
      // the lead unit lists every subsidy application; these departments own no fund, so they neither list nor enter
      subsidyApplicationScope: roles.some((r) => ['staff', 'lead', 'subsidy-reviewer', 'subsidy-approver'].includes(r)) && department === 'federation' ? 'ALL' : null,
      subsidyApplicant: false,
    },
  };
}

export const testUsers = {
  federationLead: testUser('federation-lead', '张明华', 'federation', [
    'lead',
    'staff',
    'registry-editor',
    'competition-organizer',
    'pii-reader',
  ], 'ALL'),
  /** Lead unit without pii-reader: lists and edits the registry, sees masked numbers and age bands. */
  federationStaff: testUser('federation-staff', '李娜', 'federation', ['staff', 'registry-editor'], 'ALL'),
  /** The development zone: lists its enterprises' workers, edits nothing. */
  devzoneStaff: testUser('devzone-staff', '周伟', 'devzone', ['staff'], 'DEV_ZONE'),
  /** Another department: no registry list, only the lookup and its linked workers. */
  publicityStaff: testUser('publicity-staff', '陈静', 'publicity', ['staff'], 'LINKED'),
  admin: testUser('admin', '孙立', 'federation', ['admin']),
  analyst: testUser('analyst', '吴迪', null, ['analyst']),
} satisfies Record<string, TestUser>;

const share = (key: string, label: string, count: number | null, total: number) => ({
  key,
  label,
  count,
  percent: count === null ? null : Math.round((count * 1000) / total) / 10,
  suppressed: count === null,
});

/** The demo registry's profile as the API answers it (the review's figures). */
export const workforceStatistics = {
  total: 22165,
  asOf: '2026-11-24',
  suppressionApplied: false,
  gender: [share('MALE', '男', 13742, 22165), share('FEMALE', '女', 8423, 22165)],
  education: [
    share('COLLEGE_OR_ABOVE', '大专以上', 3326, 22165),
    share('SENIOR_HIGH', '高中及中专', 11303, 22165),
    share('JUNIOR_HIGH', '初中', 7093, 22165),
    share('BELOW_JUNIOR_HIGH', '初中以下', 443, 22165),
  ],
  wageBand: [
    share('UNDER_2000', '2000元以下', 887, 22165),
    share('FROM_2000_TO_3000', '2000—3000元', 9088, 22165),
    share('FROM_3000_TO_5000', '3000—5000元', 10638, 22165),
    share('OVER_5000', '5000元以上', 1552, 22165),
  ],
  ageBand: [
    share('UNDER_30', '30岁以下', 4655, 22165),
    share('FROM_30_TO_40', '30—40岁', 7758, 22165),
    share('FROM_40_TO_50', '40—50岁', 7314, 22165),
    share('OVER_50', '50岁以上', 2438, 22165),
  ],
  skillTier: [
    share('GENERAL', '普工', 18175, 22165),
    share('JUNIOR_INTERMEDIATE', '初中级技工', 3325, 22165),
    share('SENIOR_TECHNICIAN', '高级技工和技师', 665, 22165),
  ],
  industry: [share('electromechanical', '机电制造', 5002, 22165), share('textiles', '纺织', 1625, 22165)],
  migrant: { count: 16624, percent: 75, outsideCount: 1164, outsidePercentOfMigrants: 7, suppressed: false },
  union: { enterpriseCoveragePercent: 92, membershipPercent: 94 },
  party: { orgCoveragePercent: 90, members: 1663, suppressed: false },
};

export const industries = [
  { code: 'electromechanical', name: '机电制造', nameEn: 'Electromechanical manufacturing' },
  { code: 'textiles', name: '纺织', nameEn: 'Textiles' },
];

/** `GET /api/v1/statistics/workforce/series?by=gender`: two month ends. */
export const workforceSeries = {
  aggregate: 'workforce',
  by: 'gender',
  measure: '在月末受雇的工人数',
  from: '2020-10',
  to: '2020-11',
  suppressionApplied: false,
  points: [
    {
      month: '2020-10',
      asOf: '2020-10-31',
      total: 22100,
      totalSuppressed: false,
      values: [
        { key: 'MALE', label: '男', value: 13702, percent: 62.0, suppressed: false },
        { key: 'FEMALE', label: '女', value: 8398, percent: 38.0, suppressed: false },
      ],
    },
    {
      month: '2020-11',
      asOf: '2020-11-30',
      total: 22165,
      totalSuppressed: false,
      values: [
        { key: 'MALE', label: '男', value: 13742, percent: 62.0, suppressed: false },
        { key: 'FEMALE', label: '女', value: 8423, percent: 38.0, suppressed: false },
      ],
    },
  ],
};
