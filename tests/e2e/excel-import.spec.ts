// The 考核办 sets up indicators from Excel: downloads the period's template, edits it (here with exceljs), uploads it,
// sees the preview with two errors (row, column, value, message), fixes them and commits one change.
import fs from 'node:fs';
import ExcelJS from 'exceljs';
import { expect } from '@playwright/test';
import { screenshot, signInAndLand, test } from './fixtures';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
// columns of the setup sheet (lib/import/setup-template.ts SETUP_COLUMNS)
const COL = { direction: 6, weight: 12, dataSource: 14 };

async function edited(path: string, edit: (ws: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  edit(wb.getWorksheet('指标设置')!);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

test('考核办 imports the indicator setup: two errors shown, fixed, committed', async ({ page }) => {
  await signInAndLand(page, 'admin');
  await page.goto('/admin/periods');
  await page.getByRole('link', { name: '2026年上半年' }).first().click();
  await page.getByTestId('import-link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Excel 导入：指标设置与统计数据' })).toBeVisible();
  // the page also holds the statistics import: everything below is the setup import's section
  const setup = page.getByTestId('setup-import');

  const [download] = await Promise.all([page.waitForEvent('download'), setup.getByTestId('template-download').click()]);
  expect(download.suggestedFilename()).toMatch(/2026年上半年-指标设置模板\.xlsx$/);
  const template = await download.path();
  expect(fs.statSync(template).size).toBeGreaterThan(1000);

  const source = `区统计局（Excel 导入 ${Date.now() % 100000}）`;
  const bad = await edited(template, (ws) => {
    ws.getCell(2, COL.dataSource).value = source;
    ws.getCell(2, COL.weight).value = '二十';
    ws.getCell(3, COL.direction).value = '更高';
  });
  await setup.getByTestId('import-file').setInputFiles({ name: '指标设置.xlsx', mimeType: XLSX, buffer: bad });
  await setup.getByTestId('import-upload').click();
  const errors = setup.getByTestId('import-error-row');
  await expect(errors).toHaveCount(2);
  await expect(errors.nth(0)).toContainText('权重');
  await expect(errors.nth(0)).toContainText('二十');
  await expect(errors.nth(0)).toContainText('请填写数字');
  await expect(errors.nth(1)).toContainText('请从下拉列表中选择：越高越好、越低越好、节点进度');
  await expect(setup.getByTestId('import-commit')).toHaveCount(0);
  await screenshot(page, 'excel-import-errors-1366');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'excel-import-errors-390');
  await page.setViewportSize({ width: 1366, height: 768 });

  const good = await edited(template, (ws) => void (ws.getCell(2, COL.dataSource).value = source));
  await setup.getByTestId('import-file').setInputFiles({ name: '指标设置.xlsx', mimeType: XLSX, buffer: good });
  await setup.getByTestId('import-upload').click();
  await expect(setup.getByTestId('import-counts')).toContainText('修改 1 项');
  await expect(setup.getByTestId('import-preview')).toContainText(source);
  await setup.getByTestId('import-commit').click();
  await expect(setup.getByTestId('import-done')).toContainText('已导入：新增 0 项，修改 1 项，删除 0 项。');
});
