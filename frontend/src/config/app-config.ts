/**
 * Runtime configuration, read from `window.__APP_CONFIG__` which `/config.js` sets before the bundle
 * runs. A deployment overwrites config.js; the build itself carries no environment.
 */
export type AppConfig = {
  /** Base URL of the API, without a trailing slash, e.g. `http://localhost:8080`. */
  apiUrl: string;
  /** Base URL of Keycloak, without a trailing slash, e.g. `http://localhost:8180`. */
  keycloakUrl: string;
  /** Keycloak realm, e.g. `xianan`. */
  realm: string;
  /** Public OIDC client of this web app, e.g. `spa`. */
  clientId: string;
};

declare global {
  interface Window {
    __APP_CONFIG__?: unknown;
  }
}

export type AppConfigResult =
  | { ok: true; config: AppConfig }
  | { ok: false; problems: string[] };

const URL_KEYS = ['apiUrl', 'keycloakUrl'] as const;
const NAME_KEYS = ['realm', 'clientId'] as const;

/** Checks a raw configuration object; problems name the key and what is wrong with it. */
export function parseAppConfig(raw: unknown): AppConfigResult {
  if (raw === undefined || raw === null) {
    return { ok: false, problems: ['window.__APP_CONFIG__ is not set: /config.js is missing or failed to load'] };
  }
  if (typeof raw !== 'object') {
    return { ok: false, problems: ['window.__APP_CONFIG__ must be an object'] };
  }
  const values = raw as Record<string, unknown>;
  const problems: string[] = [];
  const config: Partial<AppConfig> = {};

  for (const key of URL_KEYS) {
    const value = values[key];
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`${key} is missing`);
      continue;
    }
    let url: URL;
    try {
      url = new URL(value.trim());
    } catch {
      problems.push(`${key} is not a URL: ${value}`);
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') {
      problems.push(`${key} must be an http(s) URL: ${value}`);
      continue;
    }
    config[key] = value.trim().replace(/\/+$/, '');
  }
  for (const key of NAME_KEYS) {
    const value = values[key];
    if (typeof value !== 'string' || value.trim() === '') {
      problems.push(`${key} is missing`);
      continue;
    }
    config[key] = value.trim();
  }

  return problems.length > 0 ? { ok: false, problems } : { ok: true, config: config as AppConfig };
}

/** The configuration of this page load; throws if it is invalid (main.tsx checks first and shows why). */
export function getAppConfig(): AppConfig {
  const result = parseAppConfig(window.__APP_CONFIG__);
  if (!result.ok) {
    throw new Error(`Invalid runtime configuration: ${result.problems.join('; ')}`);
  }
  return result.config;
}
