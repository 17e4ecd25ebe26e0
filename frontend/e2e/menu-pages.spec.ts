/**
 * Every page in the side menu works for the user who sees it (issue 16, items 4 and 7): each demo
 * user logs in once (the Keycloak session is reused for every page) and opens every page of its
 * menu, in Chinese and in English, through the menu as a clerk would. A page fails on
 *
 * - an error on screen: an error alert, a 403/404/500 result, an error message toast;
 * - an error in the browser console (a refused API call logs one, so does an uncaught exception);
 * - a raw code on screen: a run of three or more capitals or underscores (`JUNIOR_HIGH`,
 *   `NON_PUBLIC`) that is not in the short list of words written that way ({@link ALLOWED_CAPITALS});
 * - a critical or serious axe-core violation (WCAG 2.1 A/AA and best practice).
 *
 * Every finding of every kind is collected first and reported together per user, so one run shows
 * the whole state. To stay fast on two cores, work is not repeated where it cannot find more: users
 * with the same roles in a department of the same kind see the same menu and the same kind of data,
 * so English and axe-core run for one user of each such group ({@link GROUP_USERS}), Chinese page
 * checks for all twelve demo users; axe-core checks the pages in Chinese for every group and in
 * English for the lead, whose menu holds every page but the audit (colours, names and roles of
 * elements do not change with the language). Full-page screenshots of the lead's, the
 * administrator's and publicity-staff's pages in both languages stay in test-results/.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';

import { clickLanguage } from './support/app';
import { logInAs } from './support/keycloak';
import { attachFullPageScreenshot } from './support/screenshots';

/** The demo users of the realm (backend/keycloak/xianan-realm.json), service accounts aside. */
const DEMO_USERS = [
  'federation-lead',
  'federation-staff',
  'hrss-reviewer',
  'hrss-approver',
  'hrss-staff',
  'publicity-staff',
  'scitech-staff',
  'education-staff',
  'ndrc-staff',
  'devzone-staff',
  'analyst',
  'admin',
] as const;

/**
 * One user of each group with the same menu and data scope: the lead unit, the subsidy department's
 * reviewer and approver, a department without funds or registry rights, the development zone, the
 * analyst and the administrator.
 */
const GROUP_USERS = new Set<string>(['federation-lead', 'hrss-reviewer', 'hrss-approver', 'publicity-staff', 'devzone-staff', 'analyst', 'admin']);
const SCREENSHOT_USERS = new Set<string>(['federation-lead', 'admin', 'publicity-staff']);
const checksAxe = (user: string, language: 'zh' | 'en') => GROUP_USERS.has(user) && (language === 'zh' || user === 'federation-lead');

/** Words that are written in capitals and are not codes: file formats and the ID of 身份证 ID. */
export const ALLOWED_CAPITALS = new Set(['CSV', 'PDF', 'XLSX', 'DOCX', 'ZIP', 'URL', 'API', 'GDP', 'PII', 'OK']);
const CAPITALS = /\b[A-Z_]{3,}\b/g;
const BLOCKING = new Set(['critical', 'serious']);

type Finding = { kind: 'error-on-screen' | 'console-error' | 'raw-code' | 'axe'; language: string; path: string; what: string };

/** Opens every submenu and returns the paths the side menu links to, in menu order. */
async function menuPaths(page: Page): Promise<string[]> {
  const menu = page.getByTestId('side-menu');
  const closed = menu.locator('.ant-menu-submenu-title[aria-expanded="false"]');
  while ((await closed.count()) > 0) {
    await closed.first().click();
  }
  const hrefs = await menu.locator('a[href]').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
  return [...new Set(hrefs.filter((href) => href.startsWith('/')))];
}

/** Waits until the page has drawn its data (lazy chunks, queries, charts); a page that keeps a spinner is checked as it is. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle').catch(() => undefined);
  for (const busy of [page.getByTestId('page-loading'), page.locator('.ant-skeleton'), page.locator('.ant-spin-spinning'), page.getByTestId('chart-loading')]) {
    await expect(busy).toHaveCount(0, { timeout: 8_000 }).catch(() => undefined);
  }
}

const slug = (path: string) => (path === '/' ? 'dashboard' : path.slice(1).replaceAll('/', '-'));

async function errorsOnScreen(page: Page): Promise<string[]> {
  const shown = page.locator('.ant-alert-error:visible, .ant-result-403:visible, .ant-result-404:visible, .ant-result-500:visible, .ant-result-error:visible, .ant-message-error:visible');
  return (await shown.allInnerTexts()).map((text) => text.replace(/\s+/g, ' ').trim().slice(0, 160));
}

async function rawCodes(page: Page): Promise<string[]> {
  const text = await page.locator('body').innerText();
  const codes = [...text.matchAll(CAPITALS)].map((m) => m[0]).filter((word) => !ALLOWED_CAPITALS.has(word));
  return [...new Set(codes)];
}

/**
 * Ends every CSS transition at once, so axe measures the colours a clerk sees once the page is still:
 * the menu entry just clicked fades its text to white over its selected background, and a check
 * caught in that fade measured #cadbf6 on #0957d6 (4.47:1) on one run while every other run of the
 * same page passed. Removing the transition property ends a running transition at its final value.
 */
async function stopTransitions(page: Page) {
  await page.addStyleTag({ content: '*, *::before, *::after { transition: none !important; }' });
}

async function axeFindings(page: Page, testInfo: TestInfo, name: string): Promise<string[]> {
  await stopTransitions(page);
  // the annual review's preview is a sandboxed iframe without scripts: axe cannot run inside it
  const results = await new AxeBuilder({ page }).exclude('iframe[sandbox]').analyze();
  if (results.violations.length > 0) {
    await testInfo.attach(`${name}.json`, {
      contentType: 'application/json',
      body: JSON.stringify(results.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((n) => ({ target: n.target, summary: n.failureSummary })) })), null, 2),
    });
  }
  return results.violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .map((v) => `${v.id} (${v.impact}, ${v.nodes.length}×) ${v.nodes[0]?.target.join(' ')}: ${v.nodes[0]?.failureSummary?.replace(/\s+/g, ' ').slice(0, 160) ?? ''}`);
}

// the screenshots this spec wants are taken below; a trace of every page would double the time
test.use({ trace: 'off', screenshot: 'off' });

test.describe('every menu page of every demo user', () => {
  for (const user of DEMO_USERS) {
    test(`${user}: every menu page shows no error, logs no console error, shows no raw code${GROUP_USERS.has(user) ? ', passes axe-core' : ''}`, async ({ page }, testInfo) => {
      test.setTimeout(300_000);
      const consoleErrors: string[] = [];
      page.on('console', (msg) => {
        if (msg.type() === 'error') consoleErrors.push(msg.text().slice(0, 200));
      });
      page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message.slice(0, 200)}`));
      await logInAs(page, user);
      const findings: Finding[] = [];
      let pages = 0;
      for (const language of GROUP_USERS.has(user) ? (['zh', 'en'] as const) : (['zh'] as const)) {
        if (language === 'en') await clickLanguage(page, 'English');
        const paths = await menuPaths(page);
        expect(paths.length, 'the side menu links to pages').toBeGreaterThan(0);
        for (const path of paths) {
          consoleErrors.length = 0;
          await page.getByTestId('side-menu').locator(`a[href="${path}"]`).click();
          await expect(page).toHaveURL(new RegExp(`${path === '/' ? '/' : path}$`));
          await settle(page);
          const at = { language, path };
          for (const what of await errorsOnScreen(page)) findings.push({ kind: 'error-on-screen', ...at, what });
          for (const what of consoleErrors) findings.push({ kind: 'console-error', ...at, what });
          for (const what of await rawCodes(page)) findings.push({ kind: 'raw-code', ...at, what });
          if (checksAxe(user, language)) {
            for (const what of await axeFindings(page, testInfo, `axe-${user}-${language}-${slug(path)}`)) findings.push({ kind: 'axe', ...at, what });
          }
          if (SCREENSHOT_USERS.has(user)) {
            await attachFullPageScreenshot(page, testInfo, `${user}-${language}-${slug(path)}`);
          }
          pages += 1;
          // the next link may sit in a submenu the navigation closed
          await menuPaths(page);
        }
      }
      const report = (kind: Finding['kind']) =>
        findings
          .filter((f) => f.kind === kind)
          .map((f) => `${f.language} ${f.path}: ${f.what}`)
          .join('\n');
      console.log(`${user}: ${pages} pages, ${findings.length} findings${findings.length ? `\n${findings.map((f) => `${f.kind} ${f.language} ${f.path}: ${f.what}`).join('\n')}` : ''}`);
      expect.soft(report('error-on-screen'), `errors on screen for ${user}`).toBe('');
      expect.soft(report('console-error'), `console errors for ${user}`).toBe('');
      expect.soft(report('raw-code'), `raw codes on screen for ${user} (allowed: ${[...ALLOWED_CAPITALS].join(', ')})`).toBe('');
      expect.soft(report('axe'), `critical or serious axe-core violations for ${user}`).toBe('');
    });
  }
});
