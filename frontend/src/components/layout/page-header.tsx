import { Breadcrumb, Flex, theme, Typography } from 'antd';
import type { BreadcrumbItemType } from 'antd/es/breadcrumb/Breadcrumb';

/** Title of the current page with its breadcrumb trail. */
export function PageHeader({ title, breadcrumb }: { title: string; breadcrumb: BreadcrumbItemType[] }) {
  const { token } = theme.useToken();
  return (
    <Flex vertical gap={4} style={{ marginBottom: 16 }}>
      {breadcrumb.length > 1 && <Breadcrumb items={breadcrumb} />}
      {/* the page's one level-one heading, at the size of a section title */}
      <Typography.Title level={1} style={{ margin: 0, fontSize: token.fontSizeHeading3, lineHeight: token.lineHeightHeading3 }}>
        {title}
      </Typography.Title>
    </Flex>
  );
}
