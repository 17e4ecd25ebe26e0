/**
 * Real login through the Keycloak login page of realm `xianan`, then the app against the real API.
 * Needs the stack (Keycloak, API, SPA at E2E_BASE_URL); backend/dev/test-all.sh starts it.
 */
import { type Page } from '@playwright/test';

import { assertMenuHides, assertMenuShows, assertSignedInAs, clickLogout, goToApp } from './support/app';
import { expect, test } from './support/contract';
import { attachFullPageScreenshot } from './support/screenshots';

const DEMO_PASSWORD = process.env.E2E_PASSWORD ?? 'demo';
const BUSINESS_MENUS = ['工作台', '工人名册', '竞赛', '培训补贴', '改革任务'];

async function assertOnKeycloakLogin(page: Page) {
  await expect(page.locator('#username')).toBeVisible();
}

async function fillLoginForm(page: Page, username: string, password: string) {
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
}

async function clickSignIn(page: Page) {
  await page.locator('#kc-login').click();
}

async function logInAs(page: Page, username: string) {
  await goToApp(page);
  await assertOnKeycloakLogin(page);
  await fillLoginForm(page, username, DEMO_PASSWORD);
  await clickSignIn(page);
  await expect(page.getByTestId('side-menu')).toBeVisible();
}

test.describe('login through Keycloak', () => {
  test('federation-lead sees every business module but not 审计', async ({ page }, testInfo) => {
    await logInAs(page, 'federation-lead');

    await assertSignedInAs(page, { department: '区总工会' });
    await assertMenuShows(page, BUSINESS_MENUS);
    await assertMenuHides(page, ['审计']);
    await expect(page.getByTestId('departments-table')).toContainText('区人社局');
    await attachFullPageScreenshot(page, testInfo, 'federation-lead-dashboard');
  });

  test('publicity-staff works for 区委宣传部 and does not see 审计', async ({ page }, testInfo) => {
    await logInAs(page, 'publicity-staff');

    await assertSignedInAs(page, { department: '区委宣传部' });
    await assertMenuShows(page, BUSINESS_MENUS);
    await assertMenuHides(page, ['审计']);
    await attachFullPageScreenshot(page, testInfo, 'publicity-staff-dashboard');

    await goToApp(page, '/audit');
    await expect(page.getByTestId('forbidden')).toContainText('无权访问');
  });

  test('admin sees 审计 and can log out', async ({ page }, testInfo) => {
    await logInAs(page, 'admin');

    await assertSignedInAs(page, { department: '区总工会' });
    await assertMenuShows(page, ['工作台', '审计']);
    await attachFullPageScreenshot(page, testInfo, 'admin-dashboard');

    await clickLogout(page);
    await assertOnKeycloakLogin(page);
  });
});
