import { useTranslation } from 'react-i18next';

import { AuditEventsTable } from '@/features/audit/components/audit-events-table';
import { useDepartments } from '@/lib/lookups';

/** 审计: the audit log, for administrators. The page header above names it (one title per page). */
export function AuditPage() {
  const { i18n } = useTranslation();
  const departments = useDepartments();
  const options = (departments.data?.items ?? []).map((d) => ({ value: d.code ?? '', label: (i18n.language === 'en' ? d.nameEn : d.name) ?? d.code ?? '' }));
  return <AuditEventsTable departments={options} />;
}
