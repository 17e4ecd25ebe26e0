import { Flex, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

import { AuditEventsTable } from '@/features/audit/components/audit-events-table';

/** 审计: the audit log, for administrators. */
export function AuditPage() {
  const { t } = useTranslation();
  return (
    <Flex vertical gap={16}>
      <Typography.Title level={3} style={{ margin: 0 }}>
        {t('menu.audit')}
      </Typography.Title>
      <AuditEventsTable />
    </Flex>
  );
}
