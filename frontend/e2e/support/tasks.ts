/** Steps on the tasks pages (任务清单, 任务详情, 任务看板) for the real-stack journey. */
import { expect, type Page } from '@playwright/test';

import { goToApp } from './app';

/** A 1×1 PNG with its real signature: the API recognises evidence by its first bytes. */
export const TINY_PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

const isoDate = (offsetDays: number) => {
  const d = new Date(Date.now() + offsetDays * 86_400_000);
  // the browser runs in Asia/Shanghai (playwright.config.ts)
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(d);
};

async function chooseOption(page: Page, label: string, option: string) {
  await page.getByRole('dialog').getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

/** The lead unit creates a task led by `department` (its Chinese name), starting today; returns its id. */
export async function createTask(
  page: Page,
  task: { title: string; department: string; area: string; target: number; unit: string; deadlineInDays: number },
): Promise<number> {
  await goToApp(page, '/tasks');
  await page.getByTestId('task-create').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('任务名称').fill(task.title);
  await dialog.getByLabel('任务说明').fill('端到端旅程创建的任务');
  await chooseOption(page, '政策领域', task.area);
  await chooseOption(page, '牵头单位', task.department);
  await dialog.getByLabel('目标值').fill(String(task.target));
  await dialog.getByLabel('单位', { exact: true }).fill(task.unit);
  const deadline = dialog.getByLabel('截止日期');
  await deadline.click();
  await deadline.fill(isoDate(task.deadlineInDays));
  await deadline.press('Enter');
  await dialog.getByTestId('task-save').click();
  await expect(page).toHaveURL(/\/tasks\/\d+$/);
  await expect(page.getByTestId('task-title')).toHaveText(task.title);
  return Number(/\/tasks\/(\d+)$/.exec(page.url())![1]);
}

export async function assertTaskStatus(page: Page, label: string) {
  await expect(page.getByTestId('task-detail').getByTestId('task-status').first()).toHaveText(label);
}

/** A department's count in one status column of the board's ranking table. */
export async function readBoardCount(page: Page, department: string, status: string): Promise<number> {
  await goToApp(page, '/tasks/board');
  const cell = page.getByTestId(`board-${department}-${status}`);
  const empty = page.getByTestId('task-board').getByText('还没有任务');
  await expect(cell.or(empty)).toBeVisible({ timeout: 30_000 });
  if (await empty.isVisible()) return 0;
  return Number(await cell.innerText());
}

/** Opens the task from the bell's notification about it (and so marks that one read). */
export async function openTaskFromBell(page: Page, title: string) {
  await goToApp(page, '/');
  await expect(page.getByTestId('notification-count').locator('.ant-badge-count')).toBeVisible();
  await page.getByTestId('notification-bell').click();
  await page.getByTestId('notification-list').getByTestId('notification').filter({ hasText: title }).first().click();
  await expect(page.getByTestId('task-title')).toHaveText(title);
}

export async function fileReport(page: Page, report: { narrative: string; quantity: number; file: { name: string; mimeType: string; buffer: Buffer } }) {
  await page.getByTestId('report-create').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('进展情况').fill(report.narrative);
  await dialog.getByLabel(/本次完成数量/).fill(String(report.quantity));
  await dialog.locator('input[type=file]').setInputFiles(report.file);
  await expect(dialog.getByText(report.file.name)).toBeVisible();
  await dialog.getByTestId('report-submit').click();
  await expect(dialog).toBeHidden({ timeout: 30_000 });
  const filed = page.getByTestId('reports').getByTestId('report').filter({ hasText: report.narrative });
  await expect(filed).toBeVisible();
  await expect(filed.getByTestId('attachment-download')).toHaveText(report.file.name);
}

export async function issueNotice(page: Page, taskId: number, text: string) {
  await goToApp(page, `/tasks/${taskId}`);
  await page.getByTestId('notice-create').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('督办内容').fill(text);
  await dialog.getByTestId('notice-submit').click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('notices').getByTestId('notice').filter({ hasText: text }).getByTestId('notice-state')).toHaveText('待回复');
}

export async function acknowledgeNotice(page: Page, taskId: number, text: string, answer: string) {
  await goToApp(page, `/tasks/${taskId}`);
  const notice = page.getByTestId('notices').getByTestId('notice').filter({ hasText: text });
  await notice.getByTestId('notice-acknowledge').click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('回复内容').fill(answer);
  await dialog.getByTestId('acknowledge-submit').click();
  await expect(dialog).toBeHidden();
  await expect(notice.getByTestId('notice-state')).toHaveText('已回复');
  await expect(notice.getByTestId('notice-answer')).toContainText(answer);
}
