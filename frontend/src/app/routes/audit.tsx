import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { AuditEventsTable } from '@/features/audit/components/audit-events-table';
import { useDepartments } from '@/lib/lookups';

/** 审计: the audit log, for administrators. */
export function AuditPage() {
  const { t, i18n } = useTranslation();
  const departments = useDepartments();
  const options = (departments.data?.items ?? []).map((d) => ({ value: d.code ?? '', label: (i18n.language === 'en' ? d.nameEn : d.name) ?? d.code ?? '' }));
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('menu.audit')}
      </Typography.Title>
      <AuditEventsTable departments={options} />
    </Flex>
  );
}
