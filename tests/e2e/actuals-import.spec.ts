// A unit head imports the unit's actuals from Excel (issue #13, decision 022): downloads the template, fills two
// actuals, sees one error (a wrong unit of measure), fixes it, commits, sees the values in the form; then attaches a
// PDF to one indicator; the review office opens it and the report card lists it. And 考核办's statistics show as
// 来源：统计数据 on the report card.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect, type Browser } from '@playwright/test';
import { samplePdf } from '../../lib/evidence/samples';
import { screenshot, signInAndLand, test } from './fixtures';

// many steps and full-page screenshots of a long form: more than the default minute on a loaded machine
test.describe.configure({ mode: 'serial', timeout: 180_000 });

// 融资担保公司's draft: the only other spec that opens it (submission.spec.ts) only looks at the form on a phone
const UNIT = '泰和高新融资担保有限公司';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const FILE = '2026年上半年担保业务台账.pdf';
// columns of the unit's sheet (lib/import/actuals-template.ts UNIT_ACTUALS_COLUMNS)
const COL = { key: 1, name: 2, actual: 8, note: 9 };

async function edited(path: string, values: Record<string, string>): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  const ws = wb.getWorksheet('实际完成值')!;
  ws.eachRow((row, n) => {
    const name = String(row.getCell(COL.name).value);
    if (n > 1 && name in values) row.getCell(COL.actual).value = values[name]!;
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

async function ids(browser: Browser, unit: string) {
  const page = await browser.newPage();
  await signInAndLand(page, 'admin');
  await page.goto('/admin/periods');
  const periodHref = await page.getByRole('link', { name: '2026年上半年', exact: true }).first().getAttribute('href');
  await page.goto('/units');
  const unitHref = await page.getByRole('link', { name: unit, exact: true }).first().getAttribute('href');
  await page.close();
  return { periodId: periodHref!.split('/').pop()!, unitId: unitHref!.split('/').pop()! };
}

test('a unit head imports actuals: one error, fixed, committed, seen in the form; a PDF the reviewer and the report card see', async ({ page, browser }) => {
  const { periodId, unitId } = await ids(browser, UNIT);
  await signInAndLand(page, 'dbgs_head');
  await page.getByRole('link', { name: '本单位填报' }).click();
  await expect(page.getByRole('heading', { name: UNIT })).toBeVisible();
  const section = page.getByTestId('actuals-import-section');
  await section.locator('summary').click();

  const [download] = await Promise.all([page.waitForEvent('download'), section.getByTestId('template-download').click()]);
  expect(download.suggestedFilename()).toMatch(/实际完成值模板\.xlsx$/);
  const template = await download.path();
  expect(fs.statSync(template).size).toBeGreaterThan(1000);

  // two actuals: 利润总额 (not filled yet) and 在保余额 — the second in a unit the indicator does not take
  const bad = await edited(template, { 利润总额: '0.18亿元', 在保余额: '54.2吨' });
  await section.getByTestId('import-file').setInputFiles({ name: '实际完成值.xlsx', mimeType: XLSX, buffer: bad });
  await section.getByTestId('import-upload').click();
  const errors = section.getByTestId('import-error-row');
  await expect(errors).toHaveCount(1);
  await expect(errors.first()).toContainText('实际完成值');
  await expect(errors.first()).toContainText('54.2吨');
  await expect(errors.first()).toContainText('请按「亿元」填写');
  await expect(section.getByTestId('import-commit')).toHaveCount(0);
  await section.getByTestId('import-errors').scrollIntoViewIfNeeded();
  await screenshot(page, 'actuals-import-errors-1366');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'actuals-import-errors-390');
  await page.setViewportSize({ width: 1366, height: 768 });

  const good = await edited(template, { 利润总额: '0.18亿元', 在保余额: '5,420,000,000元' });
  await section.getByTestId('import-file').setInputFiles({ name: '实际完成值.xlsx', mimeType: XLSX, buffer: good });
  await section.getByTestId('import-upload').click();
  await expect(section.getByTestId('import-counts')).toContainText('修改 2 项');
  await expect(section.getByTestId('actuals-change')).toHaveCount(2);
  await screenshot(page, 'actuals-import-preview-1366');
  await section.getByTestId('import-commit').click();
  await expect(section.getByTestId('import-done')).toContainText('已导入：修改 2 项');

  // the form shows the imported values (it reloads with the submission's new version)
  const row = (name: string) => page.getByTestId('indicator-row').filter({ hasText: name }).locator('input[inputmode=decimal]');
  await expect(row('利润总额')).toHaveValue(/^0\.18$/);
  await expect(row('在保余额')).toHaveValue(/^54\.2$/);
  await screenshot(page, 'actuals-import-form-1366');

  // a PDF on one indicator
  const panel = page.getByTestId('indicator-row').filter({ hasText: '在保余额' }).getByTestId('record-evidence');
  await panel
    .locator('input[type=file]')
    .setInputFiles({ name: FILE, mimeType: 'application/pdf', buffer: samplePdf(['Guarantee ledger, first half of 2026']) });
  await expect(panel.getByTestId('evidence-link').filter({ hasText: FILE })).toBeVisible();

  // the review office opens it, and the report card lists it
  const reviewer = await browser.newPage();
  await signInAndLand(reviewer, 'admin');
  await reviewer.goto(`/units/${unitId}`);
  const link = reviewer.getByTestId('indicator-table').getByTestId('evidence-link').filter({ hasText: FILE });
  await expect(link).toBeVisible();
  const res = await reviewer.request.get((await link.getAttribute('href'))!);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/pdf');
  await reviewer.goto(`/leaderboard/${periodId}/units/${unitId}`);
  await expect(reviewer.getByTestId('reportcard-evidence').getByRole('link', { name: FILE })).toBeVisible();
  await reviewer.close();
});

test('statistics values show 来源：统计数据 on the report card; 考核办 sees the statistics import beside the setup import', async ({ page, browser }) => {
  const { periodId, unitId } = await ids(browser, '泰和高新区经济发展局');
  await signInAndLand(page, 'admin');
  await page.goto(`/leaderboard/${periodId}/units/${unitId}`);
  const gdp = page.getByTestId('indicator-row').filter({ hasText: '地区生产总值增速' });
  await expect(gdp.getByTestId('statistics-source')).toHaveText('来源：统计数据');
  await screenshot(page, 'reportcard-statistics-1366');
  await page.setViewportSize({ width: 390, height: 844 });
  await gdp.scrollIntoViewIfNeeded();
  await screenshot(page, 'reportcard-statistics-390');
  await page.setViewportSize({ width: 1366, height: 768 });

  await page.goto(`/admin/periods/${periodId}/import`);
  const stats = page.getByTestId('statistics-import');
  const [download] = await Promise.all([page.waitForEvent('download'), stats.getByTestId('template-download').click()]);
  expect(download.suggestedFilename()).toMatch(/统计数据-实际完成值模板\.xlsx$/);
  // the unchanged template: nothing to change
  await stats.getByTestId('import-file').setInputFiles({ name: '统计数据.xlsx', mimeType: XLSX, buffer: fs.readFileSync(await download.path()) });
  await stats.getByTestId('import-upload').click();
  await expect(stats.getByTestId('import-counts')).toContainText('修改 0 项');
  await expect(stats.getByTestId('import-commit')).toHaveCount(0);
  await screenshot(page, 'statistics-import-1366');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'statistics-import-390');
});
