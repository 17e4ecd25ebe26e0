import Keycloak, { type KeycloakTokenParsed } from 'keycloak-js';

import type { AppConfig } from '@/config/app-config';

import type { AuthSession, AuthUser } from './auth-session';

/** Seconds of validity a token must still have before an API call; otherwise it is refreshed first. */
export const MIN_TOKEN_VALIDITY_SECONDS = 30;

type XiananToken = KeycloakTokenParsed & {
  preferred_username?: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  department?: string;
};

const CJK = /[\u3400-\u9fff]/;

/** Chinese names read family name first and without a space; Keycloak's `name` claim does neither. */
function displayNameOf(token: XiananToken, username: string): string {
  const { given_name: given, family_name: family } = token;
  if (given && family && (CJK.test(given) || CJK.test(family))) {
    return `${family}${given}`;
  }
  return token.name || [given, family].filter(Boolean).join(' ') || username;
}

export function userFromToken(token: KeycloakTokenParsed | undefined): AuthUser {
  const parsed = (token ?? {}) as XiananToken;
  const username = parsed.preferred_username ?? parsed.sub ?? '';
  return {
    username,
    displayName: displayNameOf(parsed, username),
    roles: parsed.realm_access?.roles ?? [],
    department: parsed.department || null,
  };
}

/**
 * Signs in with Keycloak (authorization code + PKCE; a full-page redirect when there is no session)
 * and resolves with the session once a token is in hand.
 */
export async function createKeycloakSession(config: AppConfig): Promise<AuthSession> {
  const keycloak = new Keycloak({ url: config.keycloakUrl, realm: config.realm, clientId: config.clientId });

  keycloak.onTokenExpired = () => {
    keycloak.updateToken(MIN_TOKEN_VALIDITY_SECONDS).catch(() => keycloak.login());
  };

  await keycloak.init({
    onLoad: 'login-required',
    pkceMethod: 'S256',
    // The login iframe needs third-party cookies, which browsers block; token refresh covers it.
    checkLoginIframe: false,
  });

  let user = userFromToken(keycloak.tokenParsed);
  keycloak.onAuthRefreshSuccess = () => {
    user = userFromToken(keycloak.tokenParsed);
  };

  return {
    get user() {
      return user;
    },
    async getAccessToken() {
      try {
        await keycloak.updateToken(MIN_TOKEN_VALIDITY_SECONDS);
      } catch (error) {
        await keycloak.login();
        throw error instanceof Error ? error : new Error('The session could not be refreshed');
      }
      if (!keycloak.token) {
        await keycloak.login();
        throw new Error('No access token');
      }
      return keycloak.token;
    },
    login() {
      void keycloak.login();
    },
    logout() {
      void keycloak.logout({ redirectUri: window.location.origin + '/' });
    },
  };
}
