import { Flex, Spin } from 'antd';
import { lazy, Suspense } from 'react';
import { useTranslation } from 'react-i18next';

import type { AppConfig } from '@/config/app-config';
import { KeycloakAuthProvider } from '@/lib/auth/keycloak-auth-provider';

import { AppProvider } from './provider';

// The shell (router, layout, menu) is fetched while Keycloak checks the session, not before: the
// first download carries only what signs in, and the shell is there when the token is.
const router = import('./router');
const AppRouter = lazy(() => router.then((module) => ({ default: module.AppRouter })));

export function App({ config }: { config: AppConfig }) {
  return (
    <AppProvider>
      <KeycloakAuthProvider config={config}>
        <Suspense fallback={<ShellLoading />}>
          <AppRouter />
        </Suspense>
      </KeycloakAuthProvider>
    </AppProvider>
  );
}

function ShellLoading() {
  const { t } = useTranslation();
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      <Spin size="large" description={t('auth.signingIn')} />
    </Flex>
  );
}
