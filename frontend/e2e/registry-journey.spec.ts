/**
 * The registry journey on the real stack (Keycloak, API, SPA at E2E_BASE_URL): log in, filter the
 * worker list, import a small file with one bad row, see the bad cell in the dry run, fix the file,
 * import it for real, and see the dashboard's total grow. The e2e database starts empty, so the
 * journey registers the enterprise the workers belong to first; identifiers are synthetic, valid,
 * and different on every run.
 */
import { expect, test } from './support/contract';
import { logInAs } from './support/keycloak';
import {
  assertDashboardTotal,
  assertDryRunShowsBadCell,
  assertImported,
  assertWorkerTotal,
  clickFixAndRetry,
  confirmImport,
  goToImportUpload,
  readDashboardTotal,
  registerEnterprise,
  searchWorkers,
  syntheticCreditCode,
  syntheticIdNumber,
  uploadAndDryRun,
  withWrongCheckCharacter,
  workersCsv,
} from './support/registry';
import { attachFullPageScreenshot } from './support/screenshots';

test.describe('工人名册 journey', () => {
  test.setTimeout(240_000);

  test('federation-lead imports workers after fixing a bad row and sees the dashboard change', async ({ page }, testInfo) => {
    const run = Date.now() % 1_000_000;
    const tag = run.toString(36); // lower case: the menu-page check takes [A-Z_]{3,} for a raw code
    const enterprise = { creditCode: syntheticCreditCode(run), name: `旅程测试企业${tag}` };
    const first = { idNumber: syntheticIdNumber('19880412', run, true), name: `旅程甲${tag}`, creditCode: enterprise.creditCode };
    const second = { idNumber: syntheticIdNumber('19930721', run + 1, false), name: `旅程乙${tag}`, creditCode: enterprise.creditCode };

    await logInAs(page, 'federation-lead');
    const before = await readDashboardTotal(page);

    await registerEnterprise(page, enterprise);

    // nobody of this run is registered yet
    await searchWorkers(page, tag);
    await assertWorkerTotal(page, 0);

    // a file whose second worker has a mistyped ID number (row 3: the header is row 1)
    await goToImportUpload(page);
    await uploadAndDryRun(page, 'workers-bad.csv', workersCsv([first, { ...second, idNumber: withWrongCheckCharacter(second.idNumber) }]));
    await assertDryRunShowsBadCell(page, { row: 3, column: '身份证号' });
    await attachFullPageScreenshot(page, testInfo, 'import-dry-run-bad-cell');

    // fix the file in the wizard, dry run again, then import for real
    await clickFixAndRetry(page);
    await uploadAndDryRun(page, 'workers-fixed.csv', workersCsv([first, second]));
    await confirmImport(page);
    await assertImported(page, 2);
    await attachFullPageScreenshot(page, testInfo, 'import-result');

    await searchWorkers(page, tag);
    await assertWorkerTotal(page, 2);
    await expect(page.getByTestId('workers-table').getByRole('link', { name: first.name })).toBeVisible();
    await expect(page.getByTestId('workers-table').getByRole('link', { name: second.name })).toBeVisible();

    await assertDashboardTotal(page, before + 2);
    await attachFullPageScreenshot(page, testInfo, 'dashboard-after-import');
  });
});
