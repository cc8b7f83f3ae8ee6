// The auditor's /audit page (issue #12): the chain check reads 链完整 ✓ with the row count; an export of a date range
// from the filter form downloads a CSV and an Excel file (and is itself audited); the admin may neither open the page
// nor export. Screenshots at 1366 and 390 wide.
import fs from 'node:fs';
import { expect, test } from '@playwright/test';
import { screenshot, signInAndLand } from '../e2e/fixtures';

test('the auditor sees the chain intact and exports a date range as CSV and Excel', async ({ page }) => {
  await signInAndLand(page, 'auditor');
  await page.goto('/audit');
  const status = page.getByTestId('audit-chain');
  await expect(status).toContainText(/链完整 ✓（共 \d+ 条）/);
  await expect(status).toContainText(/本次只核对了上次检查点之后的 \d+ 条新记录/);
  // the seed's full verification (as the daily run writes it), then one the auditor starts here
  const full = page.getByTestId('audit-full-verify');
  await expect(full).toContainText(/上次全量校验：.*逐条核对 \d+ 条，链完整 ✓.*每日定时/);
  await page.getByTestId('audit-verify-now').click();
  await expect(page.getByTestId('audit-verify-message')).toContainText(/全量校验已完成：链完整，共核对 \d+ 条/);
  await page.reload();
  await expect(full).toContainText(/上次全量校验：.*链完整 ✓.*沈若兰 手动发起/);
  await screenshot(page, 'audit-1366');

  const today = new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10);
  await page.getByLabel('起始日期').fill('2020-01-01');
  await page.getByLabel('截止日期').fill(today);
  const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 CSV' }).click()]);
  expect(csv.suggestedFilename()).toMatch(/审计日志-2020-01-01_\d{4}-\d{2}-\d{2}\.csv|audit-log-.*\.csv/);
  const text = fs.readFileSync((await csv.path())!, 'utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  expect(text).toContain('auth.sign_in');
  const [xlsx] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 Excel' }).click()]);
  expect(xlsx.suggestedFilename()).toMatch(/\.xlsx$/);
  expect(
    fs
      .readFileSync((await xlsx.path())!)
      .subarray(0, 2)
      .toString('latin1'),
  ).toBe('PK');

  // the exports are in the log, and the chain still verifies
  await page.goto('/audit?action=audit.export');
  await expect(page.getByText('共 2 条', { exact: true })).toBeVisible(); // the CSV and the Excel export
  await expect(page.getByTestId('audit-chain')).toContainText('链完整 ✓');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto('/audit');
  await expect(page.getByTestId('audit-chain')).toContainText('链完整 ✓');
  await screenshot(page, 'audit-390');
});

test('the admin can neither open the audit log nor export it', async ({ page }) => {
  await signInAndLand(page, 'admin');
  expect((await page.goto('/audit'))?.status()).toBe(403);
  const res = await page.request.get('/api/audit/export?format=csv');
  expect(res.status()).toBe(403);
  expect((await res.json()).ok).toBe(false);
});
