import type { auditZhCN } from './audit.zh-CN';

/** Audit log (English). */
export const auditEn: typeof auditZhCN = {
  title: 'Audit log',
  hint: 'Unmasked personal data, refused cross-department access and exports are recorded here',
  occurredAt: 'Time',
  actor: 'Actor',
  department: 'Department',
  client: 'Client',
  action: 'Event',
  record: 'Record',
  outcome: 'Outcome',
  detail: 'Detail',
  search: 'Search',
  reset: 'Reset',
  total: '{{count}} events',
  actions: {
    PII_READ: 'Personal data read',
    SCOPE_DENIED: 'Access refused',
    EXPORT: 'Export',
    LOOKUP: 'Worker lookup',
  },
};
