/**
 * Setting up a journey through the real API: where the stack is (the served SPA's own config.js,
 * so any ports work, as in CI), tokens from Keycloak's password grant of the `api-tests` client
 * (the backend tests' client), and POSTs that fail loudly with the server's answer.
 */
import { DEMO_PASSWORD } from './keycloak';

export type Stack = { apiUrl: string; keycloakUrl: string; realm: string };

export async function readStack(baseUrl = process.env.E2E_BASE_URL ?? 'http://localhost:4173'): Promise<Stack> {
  const text = await (await fetch(new URL('/config.js', baseUrl))).text();
  const field = (name: string) => new RegExp(`${name}\\s*:\\s*["']([^"']+)["']`).exec(text)?.[1];
  const apiUrl = field('apiUrl');
  const keycloakUrl = field('keycloakUrl');
  if (!apiUrl || !keycloakUrl) throw new Error(`config.js at ${baseUrl} names no apiUrl/keycloakUrl: ${text}`);
  return { apiUrl, keycloakUrl, realm: field('realm') ?? 'xianan' };
}

export async function tokenFor(stack: Stack, username: string): Promise<string> {
  const response = await fetch(`${stack.keycloakUrl}/realms/${stack.realm}/protocol/openid-connect/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ grant_type: 'password', client_id: 'api-tests', username, password: DEMO_PASSWORD }),
  });
  if (!response.ok) throw new Error(`token for ${username}: ${response.status} ${await response.text()}`);
  return ((await response.json()) as { access_token: string }).access_token;
}

export async function apiPost<T>(stack: Stack, token: string, path: string, body: unknown): Promise<T> {
  const response = await fetch(`${stack.apiUrl}${path}`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json', Accept: 'application/json' },
    body: JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`POST ${path}: ${response.status} ${await response.text()}`);
  return (await response.json()) as T;
}
