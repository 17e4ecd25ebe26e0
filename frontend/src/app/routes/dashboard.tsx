import { Flex } from 'antd';

import { WelcomeCard } from '@/features/dashboard/components/welcome-card';
import { DepartmentsTable } from '@/features/departments/components/departments-table';
import { useMe } from '@/features/me/api/get-me';
import { WorkforceDashboard } from '@/features/statistics/components/workforce-dashboard';

/** 工作台: who is signed in, the workforce profile from the registry, and the departments of the programme. */
export function DashboardPage() {
  const me = useMe();
  return (
    <Flex vertical gap={16}>
      <WelcomeCard me={me.data} isPending={me.isPending} error={me.error} onRetry={() => void me.refetch()} />
      <WorkforceDashboard />
      <DepartmentsTable />
    </Flex>
  );
}
