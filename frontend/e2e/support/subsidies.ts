/**
 * Set-up and steps of the subsidies journey on the real stack. The e2e database starts empty, so
 * beforeAll makes an enterprise, two workers, a fund and a programme through the API, with tokens
 * from Keycloak's password grant (client `api-tests`, the backend tests' client).
 */
import { expect, type Page } from '@playwright/test';

import { confirmPopconfirm } from './app';
import { syntheticCreditCode, syntheticIdNumber } from './registry';
import { apiPost, readStack, tokenFor } from './stack-api';

export type SubsidySetup = {
  enterpriseName: string;
  fundName: string;
  programmeName: string;
  trainees: { name: string; amount: number }[];
  budget: number;
  year: number;
};

/**
 * Unique per run: a registry editor registers the enterprise and its two workers (employed since
 * the start of last year), hrss-approver creates the fund (last year) and a 岗前培训 programme of
 * 1,000 yuan, 1,500 for senior workers, +20 % for migrant workers.
 */
export async function createSubsidySetup(baseUrl: string): Promise<SubsidySetup> {
  const stack = await readStack(baseUrl);
  const run = Date.now();
  const tag = run.toString(36); // lower case: the menu-page check takes [A-Z_]{3,} for a raw code
  const year = new Date().getFullYear() - 1;
  const lead = await tokenFor(stack, 'federation-lead');
  const enterpriseName = `补贴旅程企业${tag}`;
  const enterprise = await apiPost<{ id: number }>(stack, lead, '/api/v1/enterprises', {
    creditCode: syntheticCreditCode(run % 10_000_000),
    name: enterpriseName,
    industryCode: 'textiles',
    ownership: 'NON_PUBLIC',
    size: 'SMALL',
    inDevZone: false,
    hasUnion: true,
    hasPartyOrg: false,
  });
  const trainees = [
    { name: `学员甲${tag}`, skillLevel: 'INTERMEDIATE', agriculturalHukou: true, amount: 1200 },
    { name: `学员乙${tag}`, skillLevel: 'SENIOR', agriculturalHukou: false, amount: 1500 },
  ];
  for (const [i, t] of trainees.entries()) {
    await apiPost(stack, lead, '/api/v1/workers', {
      idNumber: syntheticIdNumber('19900101', (run + i) % 500, i === 0),
      name: t.name,
      education: 'SENIOR_HIGH',
      monthlyWage: 4200,
      skillLevel: t.skillLevel,
      occupation: '挡车工',
      agriculturalHukou: t.agriculturalHukou,
      fromOutside: false,
      unionMember: true,
      partyMember: false,
      enterpriseId: enterprise.id,
      employedSince: `${year}-01-01`,
    });
  }
  const approver = await tokenFor(stack, 'hrss-approver');
  const budget = 100_000;
  const fundName = `${year}年旅程就业补助资金${tag}`;
  const fund = await apiPost<{ id: number }>(stack, approver, '/api/v1/funds', { year, source: 'EMPLOYMENT_SUBSIDY', name: fundName, budget });
  const programmeName = `${year}年旅程岗前培训${tag}`;
  await apiPost(stack, approver, '/api/v1/subsidy-programmes', {
    kind: 'PRE_JOB_TRAINING',
    name: programmeName,
    fundId: fund.id,
    amountPerTrainee: 1000,
    levelAmounts: { SENIOR: 1500 },
    migrantUpliftPercent: 20,
  });
  return { enterpriseName, fundName, programmeName, trainees: trainees.map(({ name, amount }) => ({ name, amount })), budget, year };
}

export const yuan = (value: number) => `¥${value.toLocaleString('zh-CN', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** Types into an antd search Select and picks the option whose text contains `option`. */
async function searchAndPick(page: Page, testId: string, query: string, option: string) {
  const select = page.getByTestId(testId);
  await select.click();
  await select.locator('input').fill(query);
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: option }).first().click({ timeout: 30_000 });
}

async function pickDate(page: Page, label: string, date: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await expect(input).toHaveValue(date);
}

export async function enterApplication(page: Page, setup: SubsidySetup) {
  await page.goto('/subsidies/applications');
  await page.getByTestId('application-create').click();
  await expect(page.getByTestId('application-form')).toBeVisible();
  await searchAndPick(page, 'application-enterprise', setup.enterpriseName, setup.enterpriseName);
  await page.getByTestId('application-programme').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: setup.programmeName }).click();
  await pickDate(page, '培训开始日期', `${setup.year}-03-01`);
  await pickDate(page, '培训结束日期', `${setup.year}-05-31`);
  for (const trainee of setup.trainees) {
    await searchAndPick(page, 'trainee-search', trainee.name, trainee.name);
  }
  const rows = page.getByTestId('trainees-table').locator('tbody tr');
  await expect(rows).toHaveCount(setup.trainees.length);
  for (const [i, trainee] of setup.trainees.entries()) {
    await expect(rows.nth(i).getByTestId('trainee-eligibility')).toHaveText('本企业在职');
    await expect(rows.nth(i).getByTestId('trainee-amount')).toHaveText(yuan(trainee.amount));
  }
  const total = setup.trainees.reduce((sum, t) => sum + t.amount, 0);
  await expect(page.getByTestId('application-amount')).toContainText(yuan(total));
}

export async function assertState(page: Page, label: string) {
  await expect(page.getByTestId('application-detail').getByTestId('application-state').first()).toHaveText(label, { timeout: 30_000 });
}

/** Clicks an action whose Popconfirm must be confirmed. */
export async function confirmAction(page: Page, action: string) {
  await confirmPopconfirm(page, `action-${action}`, `confirm-${action}`);
}
