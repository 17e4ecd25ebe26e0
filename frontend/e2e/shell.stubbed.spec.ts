/**
 * The built SPA with Keycloak and the API stubbed in the browser: checks the bundle, config.js,
 * the PKCE redirect round trip, the shell, role-based menus and the language switch with nothing
 * but `vite preview` running.
 */
import { expect, test, type Locator } from '@playwright/test';

import {
  assertMenuHides,
  assertMenuShows,
  assertSignedInAs,
  clickLanguage,
  clickLogout,
  clickMenu,
  goToApp,
} from './support/app';
import { attachFullPageScreenshot } from './support/screenshots';
import { stubStack, stubUsers } from './support/stub-stack';

/** The menu entries drawn with an ellipsis: their text is wider than the box it is shown in. */
async function cutOff(entries: Locator): Promise<string[]> {
  return entries.evaluateAll((items) =>
    items.filter((item) => item.scrollWidth > item.clientWidth + 1).map((item) => `${item.textContent} (${item.scrollWidth} > ${item.clientWidth} px)`),
  );
}

test.describe('app shell (Keycloak and API stubbed)', () => {
  test('federation-lead signs in and sees the dashboard in Chinese', async ({ page }, testInfo) => {
    await stubStack(page, stubUsers.federationLead);
    await goToApp(page);

    await assertSignedInAs(page, { name: '张明华', department: '区总工会' });
    await assertMenuShows(page, ['工作台', '工人名册', '竞赛', '培训补贴', '改革任务']);
    await assertMenuHides(page, ['审计']);
    await expect(page.getByTestId('welcome-card')).toContainText('牵头单位领导');
    await expect(page.getByTestId('departments-table').getByRole('row')).toHaveCount(8);
    await attachFullPageScreenshot(page, testInfo, 'stubbed-federation-lead-zh');
  });

  test('publicity-staff meets the 403 page on /audit and reaches a module from the menu', async ({ page }, testInfo) => {
    await stubStack(page, stubUsers.publicityStaff);
    await goToApp(page, '/audit');

    await assertSignedInAs(page, { department: '区委宣传部' });
    await expect(page.getByTestId('forbidden')).toContainText('无权访问');
    await attachFullPageScreenshot(page, testInfo, 'stubbed-publicity-staff-403');

    await clickMenu(page, '竞赛');
    await expect(page).toHaveURL(/\/competitions$/);
    await expect(page.getByTestId('competitions-list')).toBeVisible();
  });

  test('the language switch turns the UI to English and is remembered', async ({ page }, testInfo) => {
    await stubStack(page, stubUsers.admin);
    await goToApp(page);
    await assertMenuShows(page, ['工作台', '审计']);

    await clickLanguage(page, 'English');

    await assertMenuShows(page, ['Dashboard', 'Audit']);
    await assertSignedInAs(page, { department: 'District Federation of Trade Unions' });
    await page.reload();
    await assertMenuShows(page, ['Dashboard', 'Audit']);
    await attachFullPageScreenshot(page, testInfo, 'stubbed-admin-en');
  });

  test('no side-menu entry is cut off, in Chinese nor in English', async ({ page }, testInfo) => {
    await stubStack(page, stubUsers.federationLead);
    await goToApp(page);
    const menu = page.getByTestId('side-menu');
    for (const language of ['中文', 'English'] as const) {
      await clickLanguage(page, language);
      await assertMenuShows(page, [language === 'English' ? 'Dashboard' : '工作台']);
      const closed = menu.locator('.ant-menu-submenu-title[aria-expanded="false"]');
      while ((await closed.count()) > 0) await closed.first().click();
      const entries = menu.locator('.ant-menu-title-content');
      expect(await entries.count(), "the lead's menu has its entries").toBeGreaterThan(10);
      // an entry drawn with an ellipsis is wider than the box it is shown in
      expect(await cutOff(entries), `menu entries cut off in ${language}`).toEqual([]);
      await attachFullPageScreenshot(page, testInfo, `stubbed-federation-lead-menu-${language === 'English' ? 'en' : 'zh'}`);
    }
    // the check sees a cut entry when there is one: a narrower menu cuts the long English names
    await page.addStyleTag({ content: '[data-testid="side-menu"] { width: 150px !important; }' });
    await expect.poll(() => cutOff(menu.locator('.ant-menu-title-content')), { message: 'a 150 px menu cuts entries' }).not.toEqual([]);
  });

  test('logout asks first, then ends the session in Keycloak', async ({ page }) => {
    const calls = await stubStack(page, stubUsers.publicityStaff);
    await goToApp(page);
    await assertSignedInAs(page, { department: '区委宣传部' });

    await clickLogout(page);

    await expect.poll(() => calls.logout).toBe(1);
    // The stubbed Keycloak sends the browser back to the app, which signs in again at once. Wait for
    // that round of redirects to end before the test does: closing the page in the middle of it left
    // route handlers running, and Playwright once timed out tearing the context down.
    await assertSignedInAs(page, { department: '区委宣传部' });
    await page.unrouteAll({ behavior: 'ignoreErrors' });
  });
});
