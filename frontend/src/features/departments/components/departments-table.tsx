import { Card, Skeleton, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';

import { QueryState } from '@/components/query/query-state';
import { useLocalizedName } from '@/lib/i18n/use-localized-name';
import { useDepartments } from '@/lib/lookups';
import type { Department } from '@/types/api';

/** The member departments (成员单位) of the programme, lead unit marked. */
export function DepartmentsTable() {
  const { t } = useTranslation();
  const localizedName = useLocalizedName();
  const departments = useDepartments();

  // people read departments by name: the stable code is for the API and tokens, never shown
  const columns: ColumnsType<Department> = [
    {
      title: t('departments.name'),
      key: 'name',
      render: (_, department) => localizedName(department),
    },
    {
      title: t('departments.kind'),
      dataIndex: 'leadUnit',
      key: 'leadUnit',
      width: 140,
      render: (leadUnit: boolean | undefined) =>
        leadUnit ? <Tag color="red">{t('departments.leadUnit')}</Tag> : <Tag>{t('departments.memberUnit')}</Tag>,
    },
  ];

  const total = departments.data?.total ?? departments.data?.items?.length;

  return (
    <Card
      title={t('departments.title')}
      extra={total !== undefined && <Typography.Text type="secondary">{t('departments.total', { count: total })}</Typography.Text>}
    >
      <QueryState query={departments} loading={<Skeleton active paragraph={{ rows: 5 }} data-testid="departments-loading" />} isEmpty={() => false}>
        {(data) => (
          <Table<Department>
            data-testid="departments-table"
            rowKey={(department) => department.code ?? ''}
            columns={columns}
            dataSource={data.items ?? []}
            pagination={false}
            size="middle"
            locale={{ emptyText: t('departments.empty') }}
          />
        )}
      </QueryState>
    </Card>
  );
}
