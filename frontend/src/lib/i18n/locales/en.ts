import { auditEn } from './audit.en';
import { competitionsEn } from './competitions.en';
import { dictionariesEn } from './dictionaries.en';
import { recordsEn } from './records.en';
import { registryEn } from './registry.en';
import { reportsEn } from './reports.en';
import { subsidiesEn } from './subsidies.en';
import { tasksEn } from './tasks.en';
import { webhooksEn } from './webhooks.en';
import type { Messages } from './zh-CN';

/** English messages; keys are checked against the Chinese reference locale. */
export const en: Messages = {
  app: {
    shortName: 'Workforce Reform',
    fullName: "Xian'an District Industrial Workforce Reform Platform",
  },
  menu: {
    dashboard: 'Dashboard',
    registry: 'Registry',
    competitions: 'Competitions',
    subsidies: 'Subsidies',
    tasks: 'Tasks',
    audit: 'Audit',
    dictionaries: 'Reference data',
    webhooks: 'Webhooks',
  },
  header: {
    noDepartment: 'No department',
    departmentUnavailable: 'Department unavailable',
    language: 'Language',
    logout: 'Log out',
    logoutConfirmTitle: 'Log out',
    logoutConfirm: 'Do you really want to log out?',
    logoutOk: 'Log out',
    cancel: 'Cancel',
  },
  language: {
    'zh-CN': '中文',
    en: 'English',
  },
  roles: {
    admin: 'Administrator',
    lead: 'Lead-unit leader',
    staff: 'Department staff',
    'registry-editor': 'Registry editor',
    'pii-reader': 'Personal data reader',
    'subsidy-reviewer': 'Subsidy reviewer',
    'subsidy-approver': 'Subsidy approver',
    'competition-organizer': 'Competition organiser',
    analyst: 'Analyst',
  },
  dashboard: {
    welcome: 'Hello, {{name}}',
    welcomeSubtitle: 'Welcome to the {{app}}',
    username: 'Login',
    department: 'Department',
    roles: 'Roles',
    noRoles: 'No functional roles',
  },
  departments: {
    title: 'Member departments',
    total: '{{count}} departments',
    name: 'Name',
    kind: 'Type',
    leadUnit: 'Lead unit',
    memberUnit: 'Member unit',
    empty: 'No departments',
  },
  errors: {
    forbiddenTitle: 'Access denied',
    forbiddenDescription:
      'Your account may not open this page. Ask the system administrator if you need access.',
    notFoundTitle: 'Page not found',
    notFoundDescription: 'The page you asked for does not exist or was removed.',
    backHome: 'Back to dashboard',
    unexpectedTitle: 'Something went wrong',
    unexpectedDescription:
      'The page hit an unexpected error. Reload it; if the problem persists, contact the system administrator.',
    reload: 'Reload',
    retry: 'Retry',
    requestFailed: 'Request failed',
    network: 'Cannot reach the server. Check the network and try again.',
    unauthorized: 'Your session has expired; redirecting to the login page…',
    forbidden: 'You are not allowed to do this.',
    notFound: 'The requested data does not exist.',
    conflict: 'Someone else changed this data. Reload and try again.',
    server: 'The server cannot handle the request right now. Try again later.',
    status: 'Request failed (status {{status}})',
    fieldErrors: 'Please check:',
    tooMany: 'Too many requests, please try again shortly.',
    requestId: 'Request id: {{id}} (quote it when you contact the administrator)',
  },
  auth: {
    signingIn: 'Signing in…',
    failedTitle: 'Cannot reach the login service',
    failedDescription:
      'The single sign-on service is not available. Try again later; if the problem persists, contact the system administrator.',
    retry: 'Retry',
  },
  config: {
    title: 'Invalid runtime configuration',
    description:
      'The runtime configuration (config.js) of this app is missing or incomplete. Contact the system administrator.',
    problems: 'Problems:',
  },
  common: {
    loading: 'Loading…',
    reload: 'Reload',
    staleTitle: 'Changed by someone else',
    staleDescription: 'Someone saved this record after you opened it. Reload the latest data before changing it (your input will be replaced).',
    disclosure: {
      hidden: 'hidden',
      note: 'To protect individuals, figures under 5 and the figures they could be worked out from are hidden.',
      asOf: 'Figures are for the last month end before the date chosen: {{date}}.',
      wholeHidden: 'Fewer than 10 people in this selection: not shown, to protect individuals.',
    },
  },
  list: {
    search: 'Search',
    reset: 'Reset',
    total: '{{formatted}} in all',
  },
  pickers: {
    worker: {
      placeholder: 'Type at least two characters of the name',
      chooseEnterpriseFirst: 'Choose the enterprise first, then look the worker up by name',
      typeTwoCharacters: 'Type at least two characters of the name',
    },
  },
  history: {
    empty: 'No changes recorded',
    type: { CREATED: 'Created', UPDATED: 'Changed', DELETED: 'Deleted' },
    client: 'via {{client}}',
    noFieldChanges: '(no recorded field changes)',
  },
  ...registryEn,
  statistics: {
    trend: {
      title: 'Trend (last twelve month ends)',
      by: 'Trend by',
      empty: 'No monthly figures yet',
      hiddenNote: 'Some months are hidden under the disclosure control; the line breaks there.',
      dimension: {
        total: 'Total',
        gender: 'Gender',
        education: 'Education',
        skillTier: 'Skill tier',
        ageBand: 'Age',
        wageBand: 'Monthly wage',
        industry: 'Industry',
      },
    },
    title: 'Industrial workforce profile',
    allIndustries: 'All industries',
    allZones: 'In and outside the zone',
    inZone: 'In the development zone',
    outsideZone: 'Outside the zone',
    empty: 'No registered workers for these filters',
    total: 'Industrial workers',
    migrant: 'Migrant workers',
    outsideOfMigrants: 'From outside, among migrants',
    unionCoverage: 'Union coverage of enterprises',
    unionCoverageHint: 'Enterprises with a trade union among those employing registered workers',
    unionMembership: 'Union membership',
    partyCoverage: 'Party organisation coverage',
    partyMembers: 'Party members',
    gender: 'Gender',
    education: 'Education',
    skillTier: 'Skill tiers',
    wageBand: 'Monthly wage',
    ageBand: 'Age',
    industry: 'By industry (workers)',
    asOf: 'As of {{date}}',
    hiddenShare: 'Hidden categories together',
    keys: {
      gender: { MALE: 'Male', FEMALE: 'Female' },
      education: {
        COLLEGE_OR_ABOVE: 'College and above',
        SENIOR_HIGH: 'Senior high / technical secondary',
        JUNIOR_HIGH: 'Junior high',
        BELOW_JUNIOR_HIGH: 'Below junior high',
      },
      wageBand: { UNDER_2000: '< ¥2,000', FROM_2000_TO_3000: '¥2,000–3,000', FROM_3000_TO_5000: '¥3,000–5,000', OVER_5000: '≥ ¥5,000' },
      ageBand: { UNDER_30: 'Under 30', FROM_30_TO_40: '30–40', FROM_40_TO_50: '40–50', OVER_50: '50 and over' },
      skillTier: { GENERAL: 'General workers', JUNIOR_INTERMEDIATE: 'Junior and intermediate', SENIOR_TECHNICIAN: 'Senior and technicians' },
    },
  },
  audit: auditEn,
  dictionaries: dictionariesEn,
  records: recordsEn,
  reports: reportsEn,
  tasks: tasksEn,
  subsidies: subsidiesEn,
  competitions: competitionsEn,
  webhooks: webhooksEn,
};
