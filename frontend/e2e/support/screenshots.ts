import type { Page, TestInfo } from '@playwright/test';

/** Keeps a full-page screenshot in test-results/ and attaches it to the report. */
export async function attachFullPageScreenshot(page: Page, testInfo: TestInfo, name: string) {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}
