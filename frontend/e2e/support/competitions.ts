/**
 * The competitions journey's setup through the real API (tokens from Keycloak's password grant of
 * the `api-tests` client) and its steps on the competitions pages. The e2e database starts empty,
 * so the enterprise and workers are registered first, under names unique to the run.
 */
import { expect, type Page } from '@playwright/test';

import { syntheticCreditCode, syntheticIdNumber } from './registry';
import { apiPost, readStack, tokenFor } from './stack-api';

export type JourneyWorker = { id: number; name: string };
export type JourneySetup = { tag: string; enterprise: { id: number; name: string }; eligible: JourneyWorker[]; tooLowLevel: JourneyWorker };

/** One enterprise with three workers: two intermediate-or-better, one without a skill level (refused by a contest requiring 中级工). */
export async function registerJourneyWorkers(run: number): Promise<JourneySetup> {
  const tag = run.toString(36); // lower case: the menu-page check takes [A-Z_]{3,} for a raw code
  const stack = await readStack();
  const token = await tokenFor(stack, 'federation-lead');
  const enterprise = await apiPost<{ id: number; name: string }>(stack, token, '/api/v1/enterprises', {
    creditCode: syntheticCreditCode(run + 500_000),
    name: `竞赛旅程企业${tag}`,
    industryCode: 'electromechanical',
    ownership: 'NON_PUBLIC',
    size: 'SMALL',
    inDevZone: true,
    hasUnion: true,
    hasPartyOrg: false,
  });
  const worker = (name: string, birth: string, sequence: number, skillLevel: string) =>
    apiPost<{ id: number; name: string }>(stack, token, '/api/v1/workers', {
      idNumber: syntheticIdNumber(birth, sequence, sequence % 2 === 0),
      name,
      education: 'SENIOR_HIGH',
      monthlyWage: 5200,
      skillLevel,
      occupation: '机电维修工',
      agriculturalHukou: false,
      fromOutside: false,
      unionMember: true,
      partyMember: false,
      enterpriseId: enterprise.id,
    });
  const first = await worker(`赛甲${tag}`, '19900315', run + 11, 'SENIOR');
  const second = await worker(`赛乙${tag}`, '19920620', run + 12, 'INTERMEDIATE');
  const third = await worker(`赛丙${tag}`, '19950908', run + 13, 'NONE');
  return { tag, enterprise, eligible: [first, second], tooLowLevel: third };
}

async function chooseOption(page: Page, label: string, option: string) {
  await page.getByRole('dialog').getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

async function fillDate(page: Page, label: string, date: string) {
  const input = page.getByRole('dialog').getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

/** Creates a skill contest from the list page; returns its id. */
export async function createContest(page: Page, { name, date }: { name: string; date: string }): Promise<number> {
  await page.goto('/competitions');
  await page.getByTestId('competition-create').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('竞赛名称').fill(name);
  await dialog.getByLabel('工种').fill('机电维修');
  await fillDate(page, '开始日期', date);
  await fillDate(page, '结束日期', date);
  await chooseOption(page, '最低技能等级', '中级工');
  await dialog.getByLabel('公示天数').fill('0');
  await dialog.getByLabel('一等奖名额').fill('1');
  await dialog.getByLabel('二等奖名额').fill('1');
  await dialog.getByLabel('三等奖名额').fill('0');
  await chooseOption(page, '授予“技术能手”的奖项', '一等奖及以上');
  await page.getByTestId('competition-save').click();
  await expect(page).toHaveURL(/\/competitions\/\d+$/, { timeout: 30_000 });
  await expect(page.getByTestId('competition-name')).toHaveText(name);
  return Number(/\/competitions\/(\d+)/.exec(page.url())![1]);
}

export async function openTab(page: Page, tab: 'overview' | 'registration' | 'judges' | 'scores' | 'ranking' | 'publication') {
  await page.getByTestId(`tab-${tab}`).click();
}

/**
 * Picks workers in the registration search: the enterprise first (the registry's minimal lookup
 * finds people by name within one enterprise), then each worker by the run's tag and name.
 */
export async function pickWorkers(page: Page, enterprise: string, tag: string, names: string[]) {
  await page.getByTestId('registration-enterprise').click();
  await page.keyboard.type(enterprise);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: enterprise }).click();
  const select = page.getByTestId('registration-worker-search');
  for (const name of names) {
    await select.click();
    await page.keyboard.type(tag);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: name }).click();
  }
  await page.keyboard.press('Escape');
}

export async function moveToNextStage(page: Page, stage: string) {
  await page.getByTestId('stage-next').click();
  await expect(page.getByRole('dialog')).toContainText(`确认进入「${stage}」阶段`);
  await page.getByTestId('stage-confirm').click();
  await expect(page.getByTestId('stage-tag')).toHaveText(stage, { timeout: 30_000 });
}

export async function addJudge(page: Page, { name, username, enterprise }: { name: string; username?: string; enterprise?: string }) {
  const form = page.getByTestId('judge-form');
  await form.getByLabel('姓名').fill(name);
  if (username) await form.getByLabel('平台账号').fill(username);
  if (enterprise) {
    await page.getByTestId('judge-enterprise').click();
    await page.keyboard.type(enterprise);
    await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: enterprise }).click();
  }
  await page.getByTestId('judge-add').click();
  await expect(page.getByTestId('judges-table')).toContainText(name);
}

/** Types a sheet row by row with the keyboard only: the first cell clicked, then Enter after each mark. */
export async function typeScores(page: Page, marks: number[][]) {
  await page.locator('#score-cell-0-0').click();
  for (const row of marks) {
    for (const mark of row) {
      await page.keyboard.press('ControlOrMeta+a');
      await page.keyboard.type(String(mark));
      await page.keyboard.press('Enter');
    }
  }
  await expect(page.getByTestId('save-indicator')).toHaveText('所有分数已保存', { timeout: 30_000 });
}
