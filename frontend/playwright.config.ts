import { execFileSync } from 'node:child_process';

import { defineConfig, devices } from '@playwright/test';

/**
 * Browsers cannot be downloaded here (`npx playwright install` fails), so the tests drive Debian's
 * chromium package. Resolved when the config loads, so a missing browser fails at once and clearly.
 */
function chromiumExecutable(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    return fromEnv;
  }
  try {
    const path = execFileSync('sh', ['-c', 'command -v chromium'], { encoding: 'utf8' }).trim();
    if (path) {
      return path;
    }
  } catch {
    // falls through to the explanation below
  }
  throw new Error(
    'Chromium not found on PATH. Install Debian\'s package (as root: apt-get install -y chromium fonts-wqy-microhei) ' +
      'or set CHROMIUM_PATH; `npx playwright install` cannot download browsers on this network.',
  );
}

const chromium = {
  ...devices['Desktop Chrome'],
  viewport: { width: 1440, height: 900 },
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  launchOptions: {
    executablePath: chromiumExecutable(),
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  },
};

/**
 * No webServer block: the Makefile (backend/dev/test-all.sh) starts Keycloak, the API and
 * `vite preview`, and tells us where with E2E_BASE_URL.
 *
 * Projects:
 * - `stack`: logs in through the real Keycloak and calls the real API (needs the whole stack);
 * - `stubbed`: the built SPA alone, with Keycloak and the API answered inside the browser, so the
 *   bundle, config.js, the PKCE round trip and the shell can be checked with only `vite preview`.
 */
export default defineConfig({
  testDir: './e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: 'playwright-report' }]],
  use: {
    baseURL: process.env.E2E_BASE_URL ?? 'http://localhost:4173',
    screenshot: 'on',
    trace: 'retain-on-failure',
  },
  projects: [
    // The stubbed project answers Keycloak and the API from invented origins inside the browser,
    // which the production Content-Security-Policy (served by `vite preview` in e2e.sh) rightly
    // refuses; the stack project runs every journey under that policy.
    { name: 'stubbed', testMatch: /.*\.stubbed\.spec\.ts/, use: { ...chromium, bypassCSP: true } },
    // every journey, and e2e/menu-pages.spec.ts: every menu page of every demo user, axe-core included
    { name: 'stack', testIgnore: [/.*\.stubbed\.spec\.ts/], use: chromium },
  ],
});
