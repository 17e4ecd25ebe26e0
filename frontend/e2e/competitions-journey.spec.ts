/**
 * The competitions journey on the real stack: the organiser of 区人社局 (hrss-reviewer) opens a skill
 * contest, registers workers (one refused, with the API's reason on screen), reviews them, names the
 * judges (one must stand aside), starts scoring; a judge (hrss-approver) scores their own sheet and
 * the organiser enters another judge's; the ranking is published, the contest closed, and the
 * winner's registry record shows the honour. The enterprise and workers are made through the API
 * first (the e2e database starts empty), with names unique to the run.
 */
import { type Page } from '@playwright/test';

import {
  addJudge,
  createContest,
  moveToNextStage,
  openTab,
  pickWorkers,
  registerJourneyWorkers,
  typeScores,
  type JourneySetup,
} from './support/competitions';
import { expect, test } from './support/contract';
import { logInAs } from './support/keycloak';
import { attachFullPageScreenshot } from './support/screenshots';

test.describe('竞赛 journey', () => {
  test.setTimeout(300_000);
  let setup: JourneySetup;

  test.beforeAll(async () => {
    setup = await registerJourneyWorkers(Date.now() % 1_000_000);
  });

  test('an organiser runs a contest from registration to the honour on the winner’s record', async ({ page, browser }, testInfo) => {
    const { tag, enterprise, eligible, tooLowLevel } = setup;
    const [winner, runnerUp] = eligible as [JourneySetup['eligible'][0], JourneySetup['eligible'][0]];
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    const name = `机电维修技能比武${tag}`;

    await logInAs(page, 'hrss-reviewer');
    const id = await createContest(page, { name, date: today });

    // registration: the eligibility of each worker, then the eligible ones registered
    await openTab(page, 'registration');
    await pickWorkers(page, enterprise.name, tag, [winner.name, runnerUp.name, tooLowLevel.name]);
    await page.getByTestId('registration-check').click();
    const eligibility = page.getByTestId('eligibility-table');
    await expect(eligibility.getByRole('row').filter({ hasText: tooLowLevel.name })).toContainText('低于本赛要求的最低等级中级工');
    await expect(eligibility.getByRole('row').filter({ hasText: winner.name })).toContainText('符合条件');
    await attachFullPageScreenshot(page, testInfo, 'eligibility');
    await page.getByTestId('registration-submit').click();
    await expect(eligibility.getByRole('row').filter({ hasText: tooLowLevel.name })).toContainText('不符合条件');
    const participants = page.getByTestId('participants-table');
    await expect(participants.getByRole('row').filter({ hasText: winner.name })).toContainText('待审核');
    await expect(participants.getByRole('row').filter({ hasText: runnerUp.name })).toContainText('待审核');
    await expect(participants).not.toContainText(tooLowLevel.name);

    // review: both accepted
    await moveToNextStage(page, '资格审核');
    for (const worker of [winner, runnerUp]) {
      const row = participants.getByRole('row').filter({ hasText: worker.name });
      await row.locator('[data-testid^="accept-"]').click();
      await expect(row).toContainText('审核通过');
    }

    // judges: one from the contestants' enterprise stands aside for both
    await openTab(page, 'judges');
    await addJudge(page, { name: `评委甲${tag}`, username: 'hrss-approver' });
    await addJudge(page, { name: `评委乙${tag}` });
    await addJudge(page, { name: `评委丙${tag}`, enterprise: enterprise.name });
    const aside = page.getByTestId('judges-table').getByRole('row').filter({ hasText: `评委丙${tag}` });
    await expect(aside).toContainText(`回避 · ${winner.name}`);
    await expect(aside).toContainText(`回避 · ${runnerUp.name}`);

    await moveToNextStage(page, '评分');
    await expect(page.getByTestId('judges-locked')).toBeVisible();

    // the organiser enters 评委乙's sheet on the judge's behalf, with the keyboard only
    await openTab(page, 'scores');
    await page.getByTestId('score-judge').click();
    await page.locator('.ant-select-dropdown:visible').getByTitle(`评委 评委乙${tag}`).click();
    await typeScores(page, [
      [88, 92],
      [82, 80],
    ]);
    await expect(page.getByTestId('score-progress')).toHaveText('已完成 2 / 2 份');

    // the judge 评委甲 signs in and scores their own sheet
    const judgeContext = await browser.newContext();
    const judgePage = await judgeContext.newPage();
    await logInAs(judgePage, 'hrss-approver');
    await judgePage.goto(`/competitions/${id}?tab=scores`);
    await expect(judgePage.getByTestId('score-judge')).toContainText(`评委甲${tag}`);
    await typeScores(judgePage, [
      [90, 95],
      [80, 85],
    ]);
    await attachFullPageScreenshot(judgePage, testInfo, 'judge-score-sheet');
    await judgeContext.close();

    // the ranking, then publication and closing
    await page.reload();
    await openTab(page, 'ranking');
    const first = page.getByTestId('ranking-table').getByRole('row').filter({ hasText: winner.name });
    await expect(first).toContainText('92.15');
    await expect(first.getByRole('cell').first()).toHaveText('1');
    await moveToNextStage(page, '公示');
    await openTab(page, 'publication');
    await expect(page.getByTestId('awards-table').getByRole('row').filter({ hasText: winner.name })).toContainText('一等奖');
    await expect(page.getByTestId('awards-table').getByRole('row').filter({ hasText: runnerUp.name })).toContainText('二等奖');
    await attachFullPageScreenshot(page, testInfo, 'publication');
    await moveToNextStage(page, '结束');
    await expect(page.getByTestId(`award-registry-${await participantOf(page, winner.name)}`)).toContainText('已写入荣誉');

    await page.getByTestId('print-certificates').click();
    await expect(page.getByTestId('certificate').first()).toContainText('荣誉证书');
    await expect(page.getByTestId('certificate').first()).toContainText(`${winner.name}同志`);
    await expect(page.getByTestId('certificate').first()).toContainText('技术能手');
    await attachFullPageScreenshot(page, testInfo, 'certificates');

    // the winner's record in the registry shows the honour
    await page.goto(`/competitions/${id}?tab=publication`);
    await page.getByTestId(`worker-record-${winner.id}`).click();
    await expect(page).toHaveURL(new RegExp(`/registry/workers/${winner.id}$`));
    await expect(page.getByTestId('worker-honours-table')).toContainText(`技术能手(${name}一等奖)`, { timeout: 30_000 });
    await attachFullPageScreenshot(page, testInfo, 'winner-record');
  });
});

/** The participant id behind a winner's row (the registry column's test id names it). */
async function participantOf(page: Page, workerName: string): Promise<string> {
  const row = page.getByTestId('awards-table').getByRole('row').filter({ hasText: workerName });
  const testId = await row.locator('[data-testid^="award-registry-"]').getAttribute('data-testid');
  return testId!.replace('award-registry-', '');
}
