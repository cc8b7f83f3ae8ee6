// Evidence files (佐证材料, issue #13 item 4): a unit head attaches a PDF in the indicator's own row of the submission
// form (a renamed binary is refused in Chinese) and one under a measure once it is saved; the review office opens it —
// inline, with the file's own safe headers — another unit gets 404, and the report card lists it; the 整改清单 board
// lists a measure's files to those who see the measure, and another unit's measure file is 404. Long Chinese names
// wrap at 390 wide.
import { expect, type Browser } from '@playwright/test';
import { samplePdf } from '../../lib/evidence/samples';
import { SCREENSHOT_DIR, screenshot, signInAndLand, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

// 社会治理局 has no submission in the demo: nothing else in the suite touches it
const UNIT = '泰和高新区社会治理局';
const FILE = '2026年上半年社区创建台账.pdf';
const LONG = '泰和高新区社会治理局关于二〇二六年上半年城乡社区治理和服务体系建设重点工作推进情况及网格化服务管理工作台账汇总.pdf';

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
  test.slow(); // many steps on a shared machine
  const { periodId, unitId } = await ids(browser);

  await signInAndLand(page, 'szj_head');
  await page.getByRole('link', { name: '本单位填报' }).click();
  await expect(page.getByRole('heading', { name: UNIT })).toBeVisible();
  // in the indicator's own row of the form, not in a card below it
  const panel = page.getByTestId('indicator-row').first().getByTestId('record-evidence');
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
  await input.setInputFiles({ name: LONG, mimeType: 'application/pdf', buffer: samplePdf(['Grid service ledger']) });
  await expect(panel.getByTestId('evidence-link').filter({ hasText: LONG })).toBeVisible();
  const href = (await link.getAttribute('href'))!;

  // a measure: evidence once it is saved, right under it
  await page.getByRole('button', { name: '添加差距短板' }).click();
  const measure = page.getByTestId('measure').last();
  await measure.getByLabel('整改措施 1').fill('建立社区治理问题清单，按月销号');
  const measureEvidence = measure.getByTestId('record-evidence');
  await expect(measureEvidence.locator('input[type=file]')).toHaveCount(1, { timeout: 15_000 });
  await measureEvidence
    .locator('input[type=file]')
    .setInputFiles({ name: '整改推进会议纪要.pdf', mimeType: 'application/pdf', buffer: samplePdf(['Minutes']) });
  await expect(measureEvidence.getByTestId('evidence-link').filter({ hasText: '整改推进会议纪要.pdf' })).toBeVisible();
  await screenshot(page, 'evidence-unit-page');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'evidence-unit-page-390');

  // the review office opens it: the PDF itself, inline, under the file's own locked-down policy
  const reviewer = await browser.newPage();
  await signInAndLand(reviewer, 'admin');
  await reviewer.goto(`/units/${unitId}`);
  await expect(reviewer.getByTestId('indicator-table').getByTestId('evidence-link').filter({ hasText: FILE })).toBeVisible();
  await screenshot(reviewer, 'evidence-unit-view');
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
  await reviewer.setViewportSize({ width: 390, height: 844 });
  await expect(reviewer.getByTestId('reportcard-evidence').getByRole('link', { name: LONG })).toBeVisible();
  await screenshot(reviewer, 'evidence-report-card-390');
  // the review page's 必传 overview (the demo's required indicators have their files)
  await reviewer.goto('/review');
  await expect(reviewer.getByTestId('required-evidence').getByTestId('evidence-link').first()).toBeVisible();
  await screenshot(reviewer, 'evidence-review-390');
  await reviewer.close();

  // another unit's head: the file does not exist for them
  const other = await browser.newPage();
  await signInAndLand(other, 'jsj_head');
  expect((await other.request.get(href)).status()).toBe(404);
  await other.close();
});

test("the 整改清单 board lists measures' files to those who see them; another unit's measure file is 404", async ({ page, browser }) => {
  await signInAndLand(page, 'leader1');
  await page.goto('/measures?status=all');
  const item = page
    .getByTestId('measure-item')
    .filter({ has: page.getByTestId('measure-evidence') })
    .first();
  const link = item.getByTestId('measure-evidence').getByTestId('evidence-link').first();
  await expect(link).toBeVisible();
  const href = (await link.getAttribute('href'))!;
  expect((await page.request.get(href)).status()).toBe(200);
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'evidence-measures-390');
  await item.screenshot({ path: `${SCREENSHOT_DIR}/evidence-measure-item-390.png` });

  // a head of a unit that neither owns nor carries out this measure: the file does not exist for them
  const text = (await item.textContent()) ?? '';
  const stranger = [
    ['szj_head', '泰和高新区社会治理局'],
    ['jsj_head', '泰和高新区建设局'],
    ['sjj_head', '泰和高新区数据资源局'],
  ].find(([, name]) => !text.includes(name!))![0]!;
  const other = await browser.newPage();
  await signInAndLand(other, stranger);
  expect((await other.request.get(href)).status()).toBe(404);
  await other.goto('/measures?status=all');
  await expect(other.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(other.locator(`a[href="${href}"]`)).toHaveCount(0);
  await other.close();
});
