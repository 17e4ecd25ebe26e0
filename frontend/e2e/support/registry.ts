/**
 * Steps on the registry's pages (workers, enterprises, import) for the real-stack journey, and
 * valid synthetic identifiers: the e2e database starts empty, so the journey makes what it needs.
 */
import { expect, type Page } from '@playwright/test';

import { goToApp } from './app';

const ID_WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const ID_CHECK = '10X98765432';
const CREDIT_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const CREDIT_WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

/** A valid resident ID number (GB 11643) of area 421202, like the backend's test support `Ids`. */
export function syntheticIdNumber(birth: string, sequence: number, male: boolean): string {
  const seq = (sequence % 500) * 2 + (male ? 1 : 0);
  const first17 = `421202${birth}${String(seq).padStart(3, '0')}`;
  const sum = [...first17].reduce((acc, digit, i) => acc + Number(digit) * ID_WEIGHTS[i]!, 0);
  return first17 + ID_CHECK[sum % 11];
}

/** The same number with a wrong check character: the one bad cell of the journey. */
export function withWrongCheckCharacter(idNumber: string): string {
  const last = idNumber.at(-1)!;
  return idNumber.slice(0, 17) + (last === '0' ? '1' : '0');
}

/** A valid unified social credit code (GB 32100). */
export function syntheticCreditCode(sequence: number): string {
  const first17 = `91421202MA${String(sequence % 10_000_000).padStart(7, '0')}`;
  const sum = [...first17].reduce((acc, ch, i) => acc + CREDIT_ALPHABET.indexOf(ch) * CREDIT_WEIGHTS[i]!, 0);
  const c = 31 - (sum % 31);
  return first17 + CREDIT_ALPHABET[c === 31 ? 0 : c];
}

export type ImportRow = { idNumber: string; name: string; creditCode: string };

/** A CSV the import accepts: the template's Chinese headers, one line per worker. */
export function workersCsv(rows: ImportRow[]): Buffer {
  const header = '身份证号*,姓名*,文化程度*,月工资*,技能等级*,工种,农业户口*,外来务工*,工会会员*,党员*,手机号,企业统一社会信用代码,入职日期';
  const lines = rows.map((r) => [r.idNumber, r.name, '高中及中专', '4200', '中级工', '钳工', '是', '否', '是', '否', '', r.creditCode, ''].join(','));
  return Buffer.from(`\uFEFF${[header, ...lines].join('\n')}\n`, 'utf8');
}

/** Chooses an option of the antd Select labelled `label` in the open dialog by its visible title
 * (the list behind it has filters with the same labels). */
async function chooseOption(page: Page, label: string, option: string) {
  await page.getByRole('dialog').getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

/** The dashboard's 产业工人总数 (0 while the registry is empty and the dashboard says so). */
export async function readDashboardTotal(page: Page): Promise<number> {
  await goToApp(page, '/');
  const dashboard = page.getByTestId('workforce-dashboard');
  const total = dashboard.getByTestId('stat-total');
  const empty = dashboard.getByText('当前条件下没有在册工人');
  await expect(total.or(empty)).toBeVisible({ timeout: 30_000 });
  if (await empty.isVisible()) return 0;
  return Number((await total.locator('.ant-statistic-content-value').innerText()).replace(/\D/g, ''));
}

export async function assertDashboardTotal(page: Page, expected: number) {
  await goToApp(page, '/');
  await expect(page.getByTestId('stat-total').locator('.ant-statistic-content-value')).toHaveText(expected.toLocaleString('zh-CN'), {
    timeout: 30_000,
  });
}

export async function registerEnterprise(page: Page, { creditCode, name }: { creditCode: string; name: string }) {
  await goToApp(page, '/registry/enterprises');
  await page.getByTestId('enterprise-create').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('统一社会信用代码').fill(creditCode);
  await dialog.getByLabel('企业名称').fill(name);
  await chooseOption(page, '行业', '纺织');
  await chooseOption(page, '所有制', '非公有制');
  await chooseOption(page, '企业规模', '小型');
  await page.getByTestId('enterprise-save').click();
  await expect(page).toHaveURL(/\/registry\/enterprises\/\d+$/, { timeout: 30_000 });
  await expect(page.getByTestId('enterprise-name')).toHaveText(name);
}

export async function searchWorkers(page: Page, q: string) {
  await goToApp(page, '/registry');
  await page.getByTestId('worker-search').getByPlaceholder('姓名或身份证号').fill(q);
  await page.getByTestId('worker-search-submit').click();
}

export async function assertWorkerTotal(page: Page, count: number) {
  await expect(page.getByTestId('worker-total')).toHaveText(`共 ${count.toLocaleString('zh-CN')} 人`, { timeout: 30_000 });
}

export async function goToImportUpload(page: Page) {
  await goToApp(page, '/registry/import');
  await page.getByTestId('import-next').click();
  await expect(page.getByTestId('import-step-upload')).toBeVisible();
}

export async function uploadAndDryRun(page: Page, fileName: string, content: Buffer) {
  await page.getByTestId('import-step-upload').locator('input[type=file]').setInputFiles({ name: fileName, mimeType: 'text/csv', buffer: content });
  await expect(page.getByTestId('import-step-upload')).toContainText(fileName);
  await page.getByTestId('import-start-dry-run').click();
  await expect(page.getByTestId('import-step-dry-run')).toBeVisible({ timeout: 30_000 });
}

export async function assertDryRunShowsBadCell(page: Page, { row, column }: { row: number; column: string }) {
  await expect(page.getByTestId('import-dry-run-bad')).toBeVisible({ timeout: 60_000 });
  const bad = page.getByTestId('import-errors-table').getByRole('row').filter({ hasText: column });
  await expect(bad.first()).toContainText(String(row));
  await expect(bad.first()).toContainText('校验码');
}

export async function clickFixAndRetry(page: Page) {
  await page.getByTestId('import-retry').click();
  await expect(page.getByTestId('import-step-upload')).toBeVisible();
}

export async function confirmImport(page: Page) {
  await expect(page.getByTestId('import-dry-run-ok')).toBeVisible({ timeout: 60_000 });
  await page.getByTestId('import-confirm').click();
  await page.getByTestId('import-confirm-ok').click();
}

export async function assertImported(page: Page, created: number) {
  await expect(page.getByTestId('import-result')).toContainText(`新登记 ${created} 人`, { timeout: 60_000 });
}
