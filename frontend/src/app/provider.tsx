import { QueryClientProvider } from '@tanstack/react-query';
import { App as AntdApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import zhCN from 'antd/locale/zh_CN';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import { createQueryClient } from '@/lib/query-client';

import { appTheme } from './theme';

/** Server state, antd theme and locale; the antd locale follows the i18next language. */
export function AppProvider({ children }: { children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  const { i18n } = useTranslation();
  return (
    <ConfigProvider theme={appTheme} locale={i18n.language === 'en' ? enUS : zhCN}>
      <AntdApp>
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </AntdApp>
    </ConfigProvider>
  );
}
