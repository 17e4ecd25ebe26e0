/** Demo data shaped like the API's answers, matching the seed departments and Keycloak demo users. */
import type { AuthUser } from '@/lib/auth/auth-session';
import type { Department, DepartmentPage, Me } from '@/types/api';

export const departments: Department[] = [
  { code: 'federation', name: '区总工会', nameEn: 'District Federation of Trade Unions', leadUnit: true, sortOrder: 10, version: 0 },
  { code: 'publicity', name: '区委宣传部', nameEn: 'Publicity Department', leadUnit: false, sortOrder: 20, version: 0 },
  { code: 'scitech', name: '区科经局', nameEn: 'Bureau of Science, Technology and Economy', leadUnit: false, sortOrder: 30, version: 0 },
  { code: 'hrss', name: '区人社局', nameEn: 'Human Resources and Social Security Bureau', leadUnit: false, sortOrder: 40, version: 0 },
  { code: 'education', name: '区教育局', nameEn: 'Education Bureau', leadUnit: false, sortOrder: 50, version: 0 },
  { code: 'ndrc', name: '区发改局', nameEn: 'Development and Reform Bureau', leadUnit: false, sortOrder: 60, version: 0 },
  { code: 'devzone', name: '咸安经济开发区', nameEn: 'Economic Development Zone', leadUnit: false, sortOrder: 70, version: 0 },
];

export const departmentPage: DepartmentPage = {
  items: departments,
  total: departments.length,
  page: 0,
  size: departments.length,
};

function summary(code: string) {
  const department = departments.find((d) => d.code === code)!;
  return { code: department.code, name: department.name, nameEn: department.nameEn, leadUnit: department.leadUnit };
}

/** A signed-in user as the token (auth) and the API's /me (me) describe them. */
export type TestUser = { auth: AuthUser; me: Me };

function testUser(username: string, displayName: string, department: string | null, roles: string[]): TestUser {
  return {
    auth: { username, displayName, department, roles: ['default-roles-xianan', 'offline_access', ...roles] },
    me: {
      username,
      displayName,
      department: department ? summary(department) : undefined,
      roles,
      clientId: 'spa',
      serviceAccount: false,
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
  ]),
  publicityStaff: testUser('publicity-staff', '陈静', 'publicity', ['staff']),
  admin: testUser('admin', '孙立', 'federation', ['admin']),
  analyst: testUser('analyst', '吴迪', null, ['analyst']),
} satisfies Record<string, TestUser>;
