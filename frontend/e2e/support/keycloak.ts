/** Logging in through the real Keycloak login page of realm `xianan` (demo users, password `demo`). */
import { expect, type Page } from '@playwright/test';

import { goToApp } from './app';

export const DEMO_PASSWORD = process.env.E2E_PASSWORD ?? 'demo';

export async function assertOnKeycloakLogin(page: Page) {
  await expect(page.locator('#username')).toBeVisible();
}

export async function fillLoginForm(page: Page, username: string, password: string) {
  await page.locator('#username').fill(username);
  await page.locator('#password').fill(password);
}

export async function clickSignIn(page: Page) {
  await page.locator('#kc-login').click();
}

export async function logInAs(page: Page, username: string) {
  await goToApp(page);
  await assertOnKeycloakLogin(page);
  await fillLoginForm(page, username, DEMO_PASSWORD);
  await clickSignIn(page);
  await expect(page.getByTestId('side-menu')).toBeVisible();
}
