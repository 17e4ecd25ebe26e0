/**
 * The reform-task journey on the real stack: the lead unit (federation-lead) assigns a task to
 * 区委宣传部, publicity-staff files a progress report with a PNG as evidence, the lead unit sees
 * the board change and issues a supervision notice, and publicity acknowledges it. Two browser
 * contexts, one per user; names carry the run so the journey works in a shared database.
 */
import { confirmPopconfirm, goToApp } from './support/app';
import { expect, test } from './support/contract';
import { logInAs } from './support/keycloak';
import { attachFullPageScreenshot } from './support/screenshots';
import {
  TINY_PNG,
  acknowledgeNotice,
  assertTaskStatus,
  createTask,
  fileReport,
  issueNotice,
  openTaskFromBell,
  readBoardCount,
} from './support/tasks';

test.describe('改革任务 journey', () => {
  test.setTimeout(240_000);

  test('the lead unit assigns a task, publicity reports with evidence, the board changes, a notice is issued and answered', async ({ browser }, testInfo) => {
    const tag = (Date.now() % 1_000_000_000).toString(36); // lower case: the menu-page check takes [A-Z_]{3,} for a raw code
    const title = `旅程任务双宣讲${tag}`;
    const noticeText = `请于本周内报送${tag}的宣讲台账`;
    const lead = await (await browser.newContext()).newPage();
    const staff = await (await browser.newContext()).newPage();

    await logInAs(lead, 'federation-lead');
    const taskId = await createTask(lead, { title, department: '区委宣传部', area: '思想引领', target: 10, unit: '场', deadlineInDays: 30 });
    // starts today, so it is under way at once
    await assertTaskStatus(lead, '进行中');
    await attachFullPageScreenshot(lead, testInfo, 'task-created');
    const completedBefore = await readBoardCount(lead, 'publicity', 'COMPLETED');
    const inProgressBefore = await readBoardCount(lead, 'publicity', 'IN_PROGRESS');

    await logInAs(staff, 'publicity-staff');
    await openTaskFromBell(staff, title);
    await fileReport(staff, {
      narrative: `开展理论宣讲、百姓宣讲共10场(${tag})`,
      quantity: 10,
      file: { name: '宣讲照片.png', mimeType: 'image/png', buffer: TINY_PNG },
    });
    // the target is reached: the task waits for the lead unit's sign-off (验收)
    await assertTaskStatus(staff, '待验收');
    await attachFullPageScreenshot(staff, testInfo, 'report-filed');

    await goToApp(lead, `/tasks/${taskId}`);
    await confirmPopconfirm(lead, 'sign-off', 'sign-off-confirm');
    await assertTaskStatus(lead, '已完成');

    // the lead unit's board: one more completed task, one fewer under way
    expect(await readBoardCount(lead, 'publicity', 'COMPLETED')).toBe(completedBefore + 1);
    expect(await readBoardCount(lead, 'publicity', 'IN_PROGRESS')).toBe(inProgressBefore - 1);
    await attachFullPageScreenshot(lead, testInfo, 'board-after-report');

    await issueNotice(lead, taskId, noticeText);

    await acknowledgeNotice(staff, taskId, noticeText, '已收到，台账已整理上报。');
    await expect(staff.getByTestId('timeline').getByText('回复督办').first()).toBeVisible();
    await attachFullPageScreenshot(staff, testInfo, 'notice-answered');
  });
});
