import { Flex, Spin } from 'antd';
import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

import type { AppConfig } from '@/config/app-config';
import { bindApiAuth } from '@/lib/api-client';

import { AuthProvider } from './auth-context';
import type { AuthSession } from './auth-session';
import { createKeycloakSession } from './keycloak-session';

// antd's Result is not needed unless the sign-in fails: loaded then
const SignInFailed = lazy(() => import('./sign-in-failed').then((module) => ({ default: module.SignInFailed })));

// One sign-in per page load: React's StrictMode runs effects twice, and a second Keycloak init
// would try to redeem the same authorization code.
let pending: Promise<AuthSession> | null = null;

function signIn(config: AppConfig): Promise<AuthSession> {
  pending ??= createKeycloakSession(config).then((session) => {
    // Bound before any component renders, so the first query already carries the token.
    bindApiAuth({ getAccessToken: () => session.getAccessToken(), onUnauthorized: () => session.login() });
    return session;
  });
  pending.catch(() => {
    pending = null;
  });
  return pending;
}

type State = { status: 'signing-in' } | { status: 'ready'; session: AuthSession } | { status: 'failed' };

/** Signs the user in with Keycloak before anything else renders. */
export function KeycloakAuthProvider({ config, children }: { config: AppConfig; children: ReactNode }) {
  const { t } = useTranslation();
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<State>({ status: 'signing-in' });

  useEffect(() => {
    let active = true;
    signIn(config).then(
      (session) => active && setState({ status: 'ready', session }),
      (error: unknown) => {
        console.error('Keycloak sign-in failed', error);
        if (active) {
          setState({ status: 'failed' });
        }
      },
    );
    return () => {
      active = false;
    };
  }, [config, attempt]);

  if (state.status === 'ready') {
    return <AuthProvider session={state.session}>{children}</AuthProvider>;
  }
  return (
    <Flex align="center" justify="center" style={{ minHeight: '100vh' }}>
      {state.status === 'failed' ? (
        <Suspense fallback={null}>
          <SignInFailed
            onRetry={() => {
              setState({ status: 'signing-in' });
              setAttempt((n) => n + 1);
            }}
          />
        </Suspense>
      ) : (
        <Spin size="large" description={t('auth.signingIn')} />
      )}
    </Flex>
  );
}
