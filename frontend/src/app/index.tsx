import type { AppConfig } from '@/config/app-config';
import { KeycloakAuthProvider } from '@/lib/auth/keycloak-auth-provider';

import { AppProvider } from './provider';
import { AppRouter } from './router';

export function App({ config }: { config: AppConfig }) {
  return (
    <AppProvider>
      <KeycloakAuthProvider config={config}>
        <AppRouter />
      </KeycloakAuthProvider>
    </AppProvider>
  );
}
