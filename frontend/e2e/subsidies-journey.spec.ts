/**
 * 培训补贴 on the real stack, four eyes on the money: hrss-staff enters an application, attaches a
 * PDF while it is a draft and submits it; hrss-reviewer reviews it (and is offered no approval);
 * hrss-approver approves and disburses it, and the fund overview shows the new figures; on the way
 * the approver raises the fund's budget with a reason. Whoever entered or submitted an application
 * never reviews or approves it, and evidence is frozen from submission, so the three steps are
 * three people. What it needs (enterprise, workers, fund, programme) is made through the API first,
 * with names unique to the run.
 */
import { expect, test } from './support/contract';
import { logInAs } from './support/keycloak';
import { attachFullPageScreenshot } from './support/screenshots';
import { assertState, confirmAction, createSubsidySetup, enterApplication, yuan, type SubsidySetup } from './support/subsidies';

let setup: SubsidySetup;

test.beforeAll(async ({ baseURL }) => {
  setup = await createSubsidySetup(baseURL ?? 'http://localhost:4173');
});

test('hrss-staff enters and submits, hrss-reviewer reviews, hrss-approver approves and disburses, the fund shows it', async ({ browser }, testInfo) => {
  test.setTimeout(300_000);
  const total = setup.trainees.reduce((sum, t) => sum + t.amount, 0);

  // hrss-staff (staff only): enter a draft, attach the evidence, submit
  const clerkContext = await browser.newContext();
  const clerk = await clerkContext.newPage();
  await logInAs(clerk, 'hrss-staff');
  await enterApplication(clerk, setup);
  await attachFullPageScreenshot(clerk, testInfo, 'subsidies-1-form');
  await clerk.getByTestId('application-save').click();
  await expect(clerk).toHaveURL(/\/subsidies\/applications\/\d+$/, { timeout: 30_000 });
  const applicationUrl = new URL(clerk.url()).pathname;
  await assertState(clerk, '草稿');
  await expect(clerk.getByTestId('detail-amount')).toHaveText(yuan(total));
  // evidence: a real PDF through the real upload (type checked from the content by the API), while it is a draft
  const evidence = clerk.getByTestId('application-attachments');
  await evidence.locator('input[type=file]').setInputFiles({
    name: '培训签到表.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
  });
  await expect(evidence).toContainText('培训签到表.pdf', { timeout: 30_000 });
  await confirmAction(clerk, 'submit');
  await assertState(clerk, '已提交');
  // from submission the evidence is frozen, and a staff member is offered no review
  await expect(clerk.getByTestId('attachment-upload')).toHaveCount(0);
  await expect(clerk.getByTestId('evidence-frozen')).toBeVisible();
  await expect(clerk.getByTestId('action-review')).toHaveCount(0);
  await clerkContext.close();

  // hrss-reviewer (staff + subsidy-reviewer): review from the queue; never approve
  const reviewerContext = await browser.newContext();
  const reviewer = await reviewerContext.newPage();
  await logInAs(reviewer, 'hrss-reviewer');
  await reviewer.goto('/subsidies/review');
  await reviewer.getByTestId('applications-table').getByRole('link', { name: setup.enterpriseName }).click();
  await expect(reviewer).toHaveURL(new RegExp(`${applicationUrl}$`));
  await expect(reviewer.getByTestId('action-approve')).toHaveCount(0);
  await confirmAction(reviewer, 'review');
  await assertState(reviewer, '已审核');
  await expect(reviewer.getByTestId('event-REVIEW')).toContainText('王芳');
  await expect(reviewer.getByTestId('event-SUBMIT')).toContainText('郑丽');
  await expect(reviewer.getByTestId('action-review')).toHaveCount(0);
  await reviewerContext.close();

  // hrss-approver (staff + subsidy-approver): approve from the queue, record the payment
  const approverContext = await browser.newContext();
  const approver = await approverContext.newPage();
  await logInAs(approver, 'hrss-approver');
  await approver.goto('/subsidies/approval');
  await approver.getByTestId('applications-table').getByRole('link', { name: setup.enterpriseName }).click();
  await expect(approver).toHaveURL(new RegExp(`${applicationUrl}$`));
  await confirmAction(approver, 'approve');
  await assertState(approver, '已审批');

  await approver.getByTestId('action-disburse').click();
  const dialog = approver.getByRole('dialog');
  await dialog.getByLabel('凭证号').fill(`XA-E2E-${Date.now()}`);
  // a past date: the browser (Asia/Shanghai) may already be a day ahead of the server
  const paidOn = dialog.getByLabel('发放日期');
  await paidOn.click();
  await paidOn.fill(`${setup.year}-06-15`);
  await paidOn.press('Enter');
  await approver.getByTestId('disburse-save').click();
  await approver.getByTestId('disburse-confirm').click();
  await assertState(approver, '已发放');
  const timeline = approver.getByTestId('application-timeline');
  for (const action of ['CREATE', 'SUBMIT', 'REVIEW', 'APPROVE', 'DISBURSE']) {
    await expect(timeline.getByTestId(`event-${action}`)).toBeVisible();
  }
  await expect(timeline.getByTestId('event-APPROVE')).toContainText('刘强');
  await attachFullPageScreenshot(approver, testInfo, 'subsidies-2-detail');

  // the fund overview: all of it paid, nothing left committed
  await approver.goto('/subsidies');
  const row = approver.getByTestId('funds-table').locator('tr', { hasText: setup.fundName });
  await expect(row.getByTestId('fund-disbursed')).toHaveText(yuan(total), { timeout: 30_000 });
  await expect(row.getByTestId('fund-committed')).toHaveText(yuan(0));
  await expect(row.getByTestId('fund-remaining')).toHaveText(yuan(setup.budget - total));

  // the approver adds 50,000 to the budget with a reason; the remaining grows, the change is kept
  await row.getByRole('button', { name: '调整预算' }).click();
  const budgetDialog = approver.getByRole('dialog');
  await budgetDialog.getByTestId('budget-input').fill(String(setup.budget + 50_000));
  await budgetDialog.getByTestId('budget-reason').fill('追加上级就业补助资金(旅程测试)');
  await budgetDialog.getByTestId('budget-save').click();
  await approver.getByTestId('budget-confirm').click();
  await expect(row.getByTestId('fund-remaining')).toHaveText(yuan(setup.budget + 50_000 - total), { timeout: 30_000 });
  await row.getByRole('button', { name: '调整记录' }).click();
  await expect(approver.getByTestId('budget-history')).toContainText('追加上级就业补助资金(旅程测试)');
  // who changed it, by name and department (not by login)
  await expect(approver.getByTestId('budget-history')).toContainText('刘强 · 区人社局');
  await approver.keyboard.press('Escape');
  await expect(approver.getByTestId('fund-chart')).toBeVisible();
  await attachFullPageScreenshot(approver, testInfo, 'subsidies-3-funds');
  await approverContext.close();
});

test('an analyst reads the statistics of the journey year with the small groups hidden, and no fund or application page', async ({ browser }, testInfo) => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await logInAs(page, 'analyst');
  await page.goto('/subsidies/statistics');
  await expect(page.getByTestId('subsidy-statistics')).toBeVisible();
  await page.getByTestId('stats-year').click();
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').filter({ hasText: String(setup.year) }).click();
  // the journey's one application with two trainees is a small group: the API hides its counts
  await expect(page.getByTestId('stats-suppressed')).toBeVisible();
  const preJob = page.getByTestId('stats-by-programme').locator('tr', { hasText: '岗前培训' });
  await expect(preJob.getByTestId('cell-trainees')).toHaveText('已隐藏');
  await expect(page.getByTestId('stats-by-year')).toBeVisible();
  await attachFullPageScreenshot(page, testInfo, 'subsidies-4-analyst-statistics');
  await page.goto('/subsidies/applications');
  await expect(page.getByTestId('forbidden')).toContainText('无权访问');
  await context.close();
});
