/**
 * Stands in for Keycloak and the API inside the browser (Playwright routes), so the built SPA can
 * be driven with nothing but `vite preview`: it serves its own /config.js pointing at two fake
 * origins, answers the OIDC authorization-code + PKCE round trip with unsigned tokens (keycloak-js
 * only decodes them; the real API would reject them), and answers the API from fixtures.
 */
import type { Page, Route } from '@playwright/test';

export const STUB_KEYCLOAK = 'http://keycloak.stub';
export const STUB_API = 'http://api.stub';
const REALM = 'xianan';

export type StubUser = {
  username: string;
  givenName: string;
  familyName: string;
  department: { code: string; name: string; nameEn: string; leadUnit: boolean } | null;
  roles: string[];
  /** What /me says of the registry scope (ALL for the lead unit, LINKED for other departments; none for admin). */
  registryScope?: 'ALL' | 'DEV_ZONE' | 'LINKED';
};

const federation = { code: 'federation', name: '区总工会', nameEn: 'District Federation of Trade Unions', leadUnit: true };
const publicity = { code: 'publicity', name: '区委宣传部', nameEn: 'Publicity Department', leadUnit: false };

export const stubUsers = {
  federationLead: {
    username: 'federation-lead',
    givenName: '明华',
    familyName: '张',
    department: federation,
    roles: ['lead', 'staff', 'registry-editor', 'competition-organizer', 'pii-reader'],
    registryScope: 'ALL',
  },
  publicityStaff: { username: 'publicity-staff', givenName: '静', familyName: '陈', department: publicity, roles: ['staff'], registryScope: 'LINKED' },
  admin: { username: 'admin', givenName: '立', familyName: '孙', department: federation, roles: ['admin'] },
} satisfies Record<string, StubUser>;

export const stubDepartments = [
  { ...federation, sortOrder: 10, version: 0 },
  { ...publicity, sortOrder: 20, version: 0 },
  { code: 'scitech', name: '区科经局', nameEn: 'Bureau of Science, Technology and Economy', leadUnit: false, sortOrder: 30, version: 0 },
  { code: 'hrss', name: '区人社局', nameEn: 'Human Resources and Social Security Bureau', leadUnit: false, sortOrder: 40, version: 0 },
  { code: 'education', name: '区教育局', nameEn: 'Education Bureau', leadUnit: false, sortOrder: 50, version: 0 },
  { code: 'ndrc', name: '区发改局', nameEn: 'Development and Reform Bureau', leadUnit: false, sortOrder: 60, version: 0 },
  { code: 'devzone', name: '咸安经济开发区', nameEn: 'Economic Development Zone', leadUnit: false, sortOrder: 70, version: 0 },
];

const base64url = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
const unsignedJwt = (claims: Record<string, unknown>) => `${base64url({ alg: 'none', typ: 'JWT' })}.${base64url(claims)}.stub`;

// keycloak-js sends credentials, so the origin is echoed rather than '*'.
function cors(route: Route): Record<string, string> {
  return {
    'access-control-allow-origin': route.request().headers()['origin'] ?? '*',
    'access-control-allow-credentials': 'true',
    'access-control-allow-headers': 'authorization, content-type, accept, accept-language',
    'access-control-allow-methods': 'GET, POST, PUT, PATCH, DELETE, OPTIONS',
  };
}

function tokens(user: StubUser, nonce: string) {
  const now = Math.floor(Date.now() / 1000);
  const common = {
    iss: `${STUB_KEYCLOAK}/realms/${REALM}`,
    sub: `stub-${user.username}`,
    iat: now,
    exp: now + 3600,
    azp: 'spa',
    sid: 'stub-session',
  };
  const profile = {
    preferred_username: user.username,
    given_name: user.givenName,
    family_name: user.familyName,
    name: `${user.givenName} ${user.familyName}`,
    ...(user.department ? { department: user.department.code } : {}),
  };
  return {
    access_token: unsignedJwt({ ...common, ...profile, typ: 'Bearer', realm_access: { roles: ['default-roles-xianan', ...user.roles] } }),
    id_token: unsignedJwt({ ...common, ...profile, typ: 'ID', nonce }),
    refresh_token: unsignedJwt({ ...common, typ: 'Refresh' }),
    token_type: 'Bearer',
    expires_in: 3600,
    refresh_expires_in: 3600,
    session_state: 'stub-session',
    scope: 'openid profile',
  };
}

async function answerKeycloak(route: Route, user: StubUser, calls: StubCalls) {
  const request = route.request();
  const url = new URL(request.url());
  if (request.method() === 'OPTIONS') {
    return route.fulfill({ status: 204, headers: cors(route) });
  }
  if (url.pathname.endsWith('/protocol/openid-connect/auth')) {
    // The nonce travels in the code, so the token answer can put it into the ID token.
    const redirect = new URL(url.searchParams.get('redirect_uri')!);
    const code = Buffer.from(url.searchParams.get('nonce') ?? '').toString('base64url');
    redirect.hash = new URLSearchParams({ state: url.searchParams.get('state') ?? '', session_state: 'stub-session', code }).toString();
    return route.fulfill({ status: 302, headers: { location: redirect.toString() } });
  }
  if (url.pathname.endsWith('/protocol/openid-connect/token')) {
    const form = new URLSearchParams(request.postData() ?? '');
    const nonce = Buffer.from(form.get('code') ?? '', 'base64url').toString();
    return route.fulfill({ status: 200, headers: cors(route), contentType: 'application/json', body: JSON.stringify(tokens(user, nonce)) });
  }
  if (url.pathname.endsWith('/protocol/openid-connect/logout')) {
    calls.logout += 1;
    const back = url.searchParams.get('post_logout_redirect_uri') ?? url.searchParams.get('redirect_uri') ?? '/';
    return route.fulfill({ status: 302, headers: { location: back } });
  }
  return route.fulfill({ status: 404, headers: cors(route), body: 'not stubbed' });
}

async function answerApi(route: Route, user: StubUser) {
  const request = route.request();
  const { pathname } = new URL(request.url());
  if (request.method() === 'OPTIONS') {
    return route.fulfill({ status: 204, headers: cors(route) });
  }
  if (!request.headers()['authorization']?.startsWith('Bearer ')) {
    return route.fulfill({ status: 401, headers: cors(route) });
  }
  const json = (body: unknown) => route.fulfill({ status: 200, headers: cors(route), contentType: 'application/json', body: JSON.stringify(body) });
  if (pathname === '/api/v1/me') {
    return json({
      username: user.username,
      displayName: `${user.familyName}${user.givenName}`,
      department: user.department,
      roles: user.roles,
      clientId: 'spa',
      serviceAccount: false,
      registryScope: user.registryScope,
      registryEditor: user.registryScope === 'ALL' && user.roles.includes('registry-editor'),
    });
  }
  if (pathname === '/api/v1/departments') {
    return json({ items: stubDepartments, total: stubDepartments.length, page: 0, size: stubDepartments.length });
  }
  if (pathname === '/api/v1/statistics/workforce') {
    return json(stubWorkforceStatistics);
  }
  if (pathname === '/api/v1/industries') {
    return json(stubIndustries);
  }
  return route.fulfill({
    status: 404,
    headers: { ...cors(route), 'content-type': 'application/problem+json' },
    body: JSON.stringify({ type: '/problems/not-found', title: 'Not found', status: 404 }),
  });
}

const stubShare = (key: string, label: string, count: number) => ({
  key,
  label,
  count,
  percent: Math.round((count * 1000) / 22165) / 10,
  suppressed: false,
});

/** The review's workforce profile, as the demo registry gives it. */
const stubWorkforceStatistics = {
  total: 22165,
  asOf: '2026-11-24',
  suppressionApplied: false,
  gender: [stubShare('MALE', '男', 13742), stubShare('FEMALE', '女', 8423)],
  education: [
    stubShare('COLLEGE_OR_ABOVE', '大专以上', 3326),
    stubShare('SENIOR_HIGH', '高中及中专', 11303),
    stubShare('JUNIOR_HIGH', '初中', 7093),
    stubShare('BELOW_JUNIOR_HIGH', '初中以下', 443),
  ],
  wageBand: [
    stubShare('UNDER_2000', '2000元以下', 887),
    stubShare('FROM_2000_TO_3000', '2000—3000元', 9088),
    stubShare('FROM_3000_TO_5000', '3000—5000元', 10638),
    stubShare('OVER_5000', '5000元以上', 1552),
  ],
  ageBand: [
    stubShare('UNDER_30', '30岁以下', 4655),
    stubShare('FROM_30_TO_40', '30—40岁', 7758),
    stubShare('FROM_40_TO_50', '40—50岁', 7314),
    stubShare('OVER_50', '50岁以上', 2438),
  ],
  skillTier: [stubShare('GENERAL', '普工', 18175), stubShare('JUNIOR_INTERMEDIATE', '初中级技工', 3325), stubShare('SENIOR_TECHNICIAN', '高级技工和技师', 665)],
  industry: [
    stubShare('electromechanical', '机电制造', 5002),
    stubShare('building-materials', '建材', 2479),
    stubShare('garments', '服装', 2483),
    stubShare('electronics', '电子信息', 1909),
    stubShare('textiles', '纺织', 1625),
  ],
  migrant: { count: 16624, percent: 75, outsideCount: 1164, outsidePercentOfMigrants: 7, suppressed: false },
  union: { enterpriseCoveragePercent: 92, membershipPercent: 94 },
  party: { orgCoveragePercent: 90, members: 1663, suppressed: false },
};

const stubIndustries = [
  { code: 'electromechanical', name: '机电制造', nameEn: 'Electromechanical manufacturing' },
  { code: 'building-materials', name: '建材', nameEn: 'Building materials' },
  { code: 'garments', name: '服装', nameEn: 'Garments' },
  { code: 'electronics', name: '电子信息', nameEn: 'Electronics and information' },
  { code: 'textiles', name: '纺织', nameEn: 'Textiles' },
];

export type StubCalls = { logout: number };

/** Installs the stubs for one signed-in user; returns counters of what the app asked for. */
export async function stubStack(page: Page, user: StubUser): Promise<StubCalls> {
  const calls: StubCalls = { logout: 0 };
  await page.route('**/config.js', (route) =>
    route.fulfill({
      contentType: 'text/javascript',
      body: `window.__APP_CONFIG__ = ${JSON.stringify({ apiUrl: STUB_API, keycloakUrl: STUB_KEYCLOAK, realm: REALM, clientId: 'spa' })};`,
    }),
  );
  await page.route(`${STUB_KEYCLOAK}/**`, (route) => answerKeycloak(route, user, calls));
  await page.route(`${STUB_API}/**`, (route) => answerApi(route, user));
  return calls;
}
