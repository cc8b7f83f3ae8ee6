// The 考核办 imports a 12345 hotline export into the problem ledger: the board's link, the proposed column mapping,
// two columns the hotline names differently mapped by hand, one error shown (an unknown unit), the file fixed and
// sent again (the mapping kept), committed — and the problems are on the board.
import { expect } from '@playwright/test';
import { hotlineExport } from '../support/hotline-export';
import { screenshot, signInAndLand, test } from './fixtures';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

test('考核办 imports a 12345 export with a column mapping: one error, fixed, committed, on the board', async ({ page }) => {
  const stamp = String(Date.now() % 1_000_000);
  const title = `夜间货车通行证办理（热线 ${stamp}）`;
  const make = (lead: string) =>
    hotlineExport({
      rows: 6,
      refPrefix: `E${stamp}-`,
      rename: { 承办人: '跟进干部', 办理时限: '回复截止' },
      tweak: (row, i) => {
        if (i === 0) row['诉求标题'] = title;
        if (i === 5) row['承办单位'] = lead;
      },
    });

  await signInAndLand(page, 'admin');
  await page.goto('/problems');
  await page.getByRole('link', { name: 'Excel 导入' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Excel 导入企业诉求' })).toBeVisible();

  await page.getByTestId('import-file').setInputFiles({ name: '12345工单导出.xlsx', mimeType: XLSX, buffer: await make('规划局') });
  await page.getByTestId('import-upload').click();
  const mapping = page.getByTestId('import-mapping');
  await expect(mapping).toBeVisible();
  // proposed from the hotline's headers
  await expect(mapping.getByTestId('map-leadUnit').locator('select').first()).toHaveValue('承办单位');
  await expect(page.getByTestId('import-errors')).toContainText('必填项「责任人」没有对应的列');
  await expect(page.getByTestId('import-commit')).toHaveCount(0);

  // the two columns it could not know, by hand
  await mapping.getByTestId('map-responsiblePerson').locator('select').first().selectOption('跟进干部');
  await mapping.getByTestId('map-dueAt').locator('select').first().selectOption('回复截止');
  await expect(mapping).toContainText('对应关系已修改');
  await page.getByTestId('mapping-again').click();
  const errors = page.getByTestId('import-error-row');
  await expect(errors).toHaveCount(1);
  await expect(errors.first()).toContainText('承办单位');
  await expect(errors.first()).toContainText('单位「规划局」不存在');
  await expect(page.getByTestId('import-counts')).toContainText('新增 5 条');
  await screenshot(page, 'ledger-import-errors-1366');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'ledger-import-errors-390');
  await page.setViewportSize({ width: 1366, height: 768 });

  // the corrected file: the mapping is kept
  await page.getByTestId('import-file').setInputFiles({ name: '12345工单导出.xlsx', mimeType: XLSX, buffer: await make('行政审批局') });
  await page.getByTestId('import-upload').click();
  await expect(page.getByTestId('import-counts')).toContainText('新增 6 条');
  await expect(page.getByTestId('import-errors')).toHaveCount(0);
  await expect(page.getByTestId('import-adds')).toContainText(title);
  await screenshot(page, 'ledger-import-preview-1366');
  await page.getByTestId('import-commit').click();
  await expect(page.getByTestId('import-done')).toContainText('已导入 6 条企业诉求');

  await page.goto(`/problems?q=${encodeURIComponent(stamp)}`);
  await expect(page.getByTestId('problem-table')).toContainText(title);
  await expect(page.getByTestId('problem-table')).toContainText('待受理');
});
