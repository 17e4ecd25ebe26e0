/**
 * Accessibility of every page in the side menu, for the demo users of four roles, in Chinese and in
 * English: axe-core (WCAG 2.1 A/AA and best-practice rules) finds no critical and no serious
 * violation. Runs against the real stack (Keycloak login, the API's answers), so pages show what
 * they show to that user: tables, charts, empty states. Every page's violations (of any impact)
 * are attached as JSON; dashboard, workers, subsidies and tasks get a full-page screenshot each.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page, type TestInfo } from '@playwright/test';

import { clickLanguage } from './support/app';
import { logInAs } from './support/keycloak';
import { attachFullPageScreenshot } from './support/screenshots';

const USERS = ['federation-lead', 'analyst', 'publicity-staff', 'admin'] as const;
const SCREENSHOT_PAGES = new Map([
  ['/', 'dashboard'],
  ['/registry', 'workers'],
  ['/subsidies', 'subsidies'],
  ['/subsidies/applications', 'subsidy-applications'],
  ['/tasks', 'tasks'],
]);
const BLOCKING = new Set(['critical', 'serious']);

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
  for (const busy of [page.getByTestId('page-loading'), page.locator('.ant-skeleton'), page.locator('.ant-spin-spinning'), page.getByTestId('chart-loading')]) {
    await expect(busy).toHaveCount(0, { timeout: 15_000 }).catch(() => undefined);
  }
  // ECharts animates its first frame
  await page.waitForTimeout(600);
}

type Finding = { user: string; language: string; path: string; rule: string; impact: string; nodes: number; example: string };

async function checkPage(page: Page, testInfo: TestInfo, user: string, language: string, path: string): Promise<Finding[]> {
  await page.getByTestId('side-menu').locator(`a[href="${path}"]`).click();
  await expect(page).toHaveURL(new RegExp(`${path === '/' ? '/' : path}$`));
  await settle(page);
  const shot = SCREENSHOT_PAGES.get(path);
  if (shot && user === 'federation-lead') {
    await attachFullPageScreenshot(page, testInfo, `a11y-${shot}-${language}`);
  }
  const results = await new AxeBuilder({ page }).analyze();
  const name = `axe-${user}-${language}-${path === '/' ? 'dashboard' : path.slice(1).replaceAll('/', '-')}`;
  await testInfo.attach(`${name}.json`, {
    contentType: 'application/json',
    body: JSON.stringify(results.violations.map(({ id, impact, help, nodes }) => ({ id, impact, help, nodes: nodes.map((n) => ({ target: n.target, summary: n.failureSummary })) })), null, 2),
  });
  return results.violations.map((v) => ({
    user,
    language,
    path,
    rule: v.id,
    impact: v.impact ?? 'unknown',
    nodes: v.nodes.length,
    example: `${v.nodes[0]?.target.join(' ')}: ${v.nodes[0]?.failureSummary?.replace(/\s+/g, ' ').slice(0, 200) ?? ''}`,
  }));
}

test.describe('accessibility (axe-core) of every menu page', () => {
  for (const user of USERS) {
    test(`${user}: no critical or serious violation, in Chinese and in English`, async ({ page }, testInfo) => {
      test.setTimeout(900_000);
      await logInAs(page, user);
      const findings: Finding[] = [];
      let pages = 0;
      for (const language of ['zh', 'en'] as const) {
        if (language === 'en') await clickLanguage(page, 'English');
        const paths = await menuPaths(page);
        expect(paths.length, 'the side menu links to pages').toBeGreaterThan(0);
        for (const path of paths) {
          const found = await checkPage(page, testInfo, user, language, path);
          console.log(`${user} ${language} ${path}: ${found.map((f) => `${f.rule} (${f.impact}, ${f.nodes}×)`).join(', ') || 'no violations'}`);
          findings.push(...found);
          pages += 1;
          // the next link may sit in a submenu the navigation closed
          await menuPaths(page);
        }
      }
      const blocking = findings.filter((f) => BLOCKING.has(f.impact));
      const lines = (list: Finding[]) => list.map((f) => `${f.language} ${f.path} ${f.rule} (${f.impact}, ${f.nodes}×) ${f.example}`).join('\n');
      console.log(`${user}: ${pages} pages, ${blocking.length} critical/serious, ${findings.length - blocking.length} other violations\n${lines(findings)}`);
      expect(blocking, `critical or serious axe violations for ${user}:\n${lines(blocking)}`).toEqual([]);
    });
  }
});
