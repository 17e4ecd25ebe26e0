import { Breadcrumb, Flex, Typography } from 'antd';
import type { BreadcrumbItemType } from 'antd/es/breadcrumb/Breadcrumb';

/** Title of the current page with its breadcrumb trail. */
export function PageHeader({ title, breadcrumb }: { title: string; breadcrumb: BreadcrumbItemType[] }) {
  return (
    <Flex vertical gap={4} style={{ marginBottom: 16 }}>
      {breadcrumb.length > 1 && <Breadcrumb items={breadcrumb} />}
      <Typography.Title level={3} style={{ margin: 0 }}>
        {title}
      </Typography.Title>
    </Flex>
  );
}
