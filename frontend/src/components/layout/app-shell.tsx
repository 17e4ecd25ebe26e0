import { Flex, Layout, theme, Typography } from 'antd';
import type { ReactNode } from 'react';

// wide enough for the longest English menu entry (about 128 px of text in a submenu) as well as the Chinese ones
const SIDER_WIDTH = 224;

type AppShellProps = {
  /** Product name shown on top of the side menu. */
  productName: string;
  /** The side menu (derived from the routes by the app). */
  menu: ReactNode;
  /** Right side of the header: who is signed in, language, logout. */
  headerRight: ReactNode;
  children: ReactNode;
};

/** The frame of every signed-in page: side menu, header, content. */
export function AppShell({ productName, menu, headerRight, children }: AppShellProps) {
  const { token } = theme.useToken();
  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider width={SIDER_WIDTH} breakpoint="lg" collapsedWidth={0} theme="dark">
        <Flex align="center" gap={8} style={{ height: 64, paddingInline: 20 }}>
          <img src="/favicon.svg" alt="" width={28} height={28} />
          <Typography.Text strong style={{ color: '#fff', fontSize: 16, lineHeight: 1.3 }}>
            {productName}
          </Typography.Text>
        </Flex>
        {menu}
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{
            background: token.colorBgContainer,
            borderBottom: `1px solid ${token.colorBorderSecondary}`,
            paddingInline: 24,
          }}
        >
          <Flex align="center" justify="flex-end" gap={16} style={{ height: '100%' }}>
            {headerRight}
          </Flex>
        </Layout.Header>
        <Layout.Content style={{ padding: 24 }}>{children}</Layout.Content>
      </Layout>
    </Layout>
  );
}
