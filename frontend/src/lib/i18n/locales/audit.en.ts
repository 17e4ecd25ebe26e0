import type { auditZhCN } from './audit.zh-CN';

/** Audit log (English). */
export const auditEn: typeof auditZhCN = {
  title: 'Audit log',
  hint: 'Unmasked personal data, refused cross-department access and every export (start, end or abort) are recorded here',
  occurredAt: 'Time',
  actor: 'Person',
  department: 'Department',
  client: 'From system',
  action: 'Event',
  record: 'Record kind',
  outcome: 'Outcome',
  detail: 'Detail',
  search: 'Search',
  reset: 'Reset',
  total: '{{count}} events',
  what: 'What happened',
  actorHint: 'Name or login',
  days: 'Days',
  noClient: 'Internal',
  export: 'Export',
  exportXlsx: 'Export Excel',
  exportCsv: 'Export CSV',
};
