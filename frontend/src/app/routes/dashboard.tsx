import { Flex } from 'antd';

import { WelcomeCard } from '@/features/dashboard/components/welcome-card';
import { DepartmentsTable } from '@/features/departments/components/departments-table';
import { useMe } from '@/features/me/api/get-me';
import { WorkforceDashboard } from '@/features/statistics/components/workforce-dashboard';
import { useAuth } from '@/lib/auth/auth-context';
import { ROLES } from '@/lib/auth/roles';

// the API's readers of the workforce statistics (StatisticsResource): the administrator is not one
const STATISTICS_READERS = [ROLES.staff, ROLES.lead, ROLES.registryEditor, ROLES.analyst] as const;

/** 工作台: who is signed in, the workforce profile from the registry (for its readers), and the departments of the programme. */
export function DashboardPage() {
  const me = useMe();
  const { canAccess } = useAuth();
  return (
    <Flex vertical gap={16}>
      <WelcomeCard me={me.data} isPending={me.isPending} error={me.error} onRetry={() => void me.refetch()} />
      {canAccess(STATISTICS_READERS) && <WorkforceDashboard />}
      <DepartmentsTable />
    </Flex>
  );
}
