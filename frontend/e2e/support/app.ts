/** Steps on the app's own pages, shared by the real-stack and the stubbed specs. */
import { expect, type Page } from '@playwright/test';

export async function goToApp(page: Page, path = '/') {
  await page.goto(path);
}

export async function assertSignedInAs(page: Page, { name, department }: { name?: string | RegExp; department: string }) {
  await expect(page.getByTestId('user-department')).toHaveText(department);
  if (name !== undefined) {
    await expect(page.getByTestId('user-name')).toHaveText(name);
  }
}

export async function assertMenuShows(page: Page, labels: string[]) {
  const menu = page.getByTestId('side-menu');
  for (const label of labels) {
    await expect(menu.getByRole('menuitem', { name: label })).toBeVisible();
  }
}

export async function assertMenuHides(page: Page, labels: string[]) {
  const menu = page.getByTestId('side-menu');
  await expect(menu.getByRole('menuitem').first()).toBeVisible();
  for (const label of labels) {
    await expect(menu.getByRole('menuitem', { name: label })).toHaveCount(0);
  }
}

export async function clickMenu(page: Page, label: string) {
  await page.getByTestId('side-menu').getByRole('menuitem', { name: label }).click();
}

export async function clickLanguage(page: Page, label: '中文' | 'English') {
  await page.getByTestId('language-switch').getByText(label, { exact: true }).click();
}

export async function clickLogout(page: Page, confirmLabel: RegExp = /退\s?出|Log out/) {
  await page.getByTestId('logout').click();
  await page.getByRole('tooltip').getByRole('button', { name: confirmLabel }).click();
}
