// Evidence files (佐证材料, issue #13 item 4): a unit head attaches a PDF to an indicator (a renamed binary is refused in
// Chinese), the review office opens it — inline, with the file's own safe headers — another unit gets 404, and the
// report card lists it.
import { expect, type Browser } from '@playwright/test';
import { samplePdf } from '../../lib/evidence/samples';
import { screenshot, signInAndLand, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

// 社会治理局 has no submission in the demo: nothing else in the suite touches it
const UNIT = '泰和高新区社会治理局';
const FILE = '2026年上半年社区创建台账.pdf';

async function ids(browser: Browser) {
  const page = await browser.newPage();
  await signInAndLand(page, 'admin');
  await page.goto('/admin/periods');
  const periodHref = await page.getByRole('link', { name: '2026年上半年', exact: true }).first().getAttribute('href');
  await page.goto('/units');
  const unitHref = await page.getByRole('link', { name: UNIT, exact: true }).first().getAttribute('href');
  await page.close();
  return { periodId: periodHref!.split('/').pop()!, unitId: unitHref!.split('/').pop()! };
}

test('head attaches a PDF; the reviewer opens it; another unit cannot; the report card lists it', async ({ page, browser }) => {
  const { periodId, unitId } = await ids(browser);

  await signInAndLand(page, 'szj_head');
  await page.getByRole('link', { name: '本单位填报' }).click();
  await expect(page.getByRole('heading', { name: UNIT })).toBeVisible();
  const panel = page.getByTestId('evidence-indicators').locator('li').first();
  const input = panel.locator('input[type=file]');

  // a Windows program renamed .pdf: refused by its content, in Chinese, nothing listed
  const exe = Buffer.alloc(2048);
  exe.write('MZ');
  exe.writeUInt32LE(0x80, 0x3c);
  exe.write('PE\0\0', 0x80, 'latin1');
  await input.setInputFiles({ name: '报告.pdf', mimeType: 'application/pdf', buffer: exe });
  await expect(panel.getByRole('alert')).toContainText('文件类型按内容识别');
  await expect(panel.getByTestId('evidence-link')).toHaveCount(0);

  await input.setInputFiles({ name: FILE, mimeType: 'application/pdf', buffer: samplePdf(['Community ledger, first half of 2026']) });
  const link = panel.getByTestId('evidence-link').filter({ hasText: FILE });
  await expect(link).toBeVisible();
  await screenshot(page, 'evidence-unit-page');
  const href = (await link.getAttribute('href'))!;

  // the review office opens it: the PDF itself, inline, under the file's own locked-down policy
  const reviewer = await browser.newPage();
  await signInAndLand(reviewer, 'admin');
  await reviewer.goto(`/units/${unitId}`);
  await expect(reviewer.getByTestId('evidence-indicators').getByTestId('evidence-link').filter({ hasText: FILE })).toBeVisible();
  const res = await reviewer.request.get(href);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  expect(res.headers()['content-disposition']).toMatch(/^inline; filename="[^"]*\.pdf"; filename\*=UTF-8''/);
  expect(res.headers()['x-content-type-options']).toBe('nosniff');
  expect(res.headers()['content-security-policy']).toContain("default-src 'none'");
  expect((await res.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

  // the report card lists it
  await reviewer.goto(`/leaderboard/${periodId}/units/${unitId}`);
  await expect(reviewer.getByTestId('reportcard-evidence').getByRole('link', { name: FILE })).toBeVisible();
  await reviewer.close();

  // another unit's head: the file does not exist for them
  const other = await browser.newPage();
  await signInAndLand(other, 'jsj_head');
  expect((await other.request.get(href)).status()).toBe(404);
  await other.close();
});
