import type { auditZhCN } from './audit.zh-CN';

/** Audit log (English). */
export const auditEn: typeof auditZhCN = {
  title: 'Audit log',
  hint: 'Unmasked personal data, refused cross-department access and every export (start, end or abort) are recorded here',
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
    EXPORT_STARTED: 'Export started',
    EXPORT_FINISHED: 'Export finished',
    EXPORT_ABORTED: 'Export aborted',
    EXPORT: 'Export (old entry)',
    LOOKUP: 'Worker lookup',
    DUTY_DENIED: 'Refused by separation of duties',
    UPSERT: 'Worker upserted by ID number',
  },
};
