// The problem board in Chromium: a leader goes from the home tile to the board it counts, filters it, opens the
// figures with their charts and downloads the XLSX; a unit user sees only what its unit leads or assists, as cards
// at phone width without sideways scrolling.
import ExcelJS from 'exceljs';
import { expect } from '@playwright/test';
import { screenshot, signInAndLand, test } from './fixtures';

const totalOf = async (page: import('@playwright/test').Page) => Number((await page.getByTestId('problem-total').innerText()).replace(/\D/g, ''));

test('a leader follows the home tile to the board, filters it, opens the figures and downloads the XLSX', async ({ page }) => {
  test.setTimeout(120_000);
  await signInAndLand(page, 'leader1');
  const tile = page.getByTestId('follow-up-tiles').getByRole('link', { name: /未办结企业诉求/ });
  const open = Number((await tile.innerText()).replace(/\D/g, ''));
  expect(open).toBeGreaterThan(0);
  await tile.click();
  await expect(page).toHaveURL(/\/problems\?status=pending%2Cin_progress%2Ctransferred|\/problems\?status=pending,in_progress,transferred/);
  expect(await totalOf(page)).toBe(open);
  await screenshot(page, 'problem-board-leader');

  // the overdue chip: its number is the board it links to
  const chip = page.getByTestId('problem-counts').locator('[data-count=overdue]');
  const overdue = Number((await chip.locator('span').last().innerText()).trim());
  await chip.click();
  await expect(page).toHaveURL(/overdue=1/);
  expect(await totalOf(page)).toBe(overdue);

  // a filter from the form: only 已办结 of all categories
  await page.goto('/problems');
  const all = await totalOf(page);
  await page.getByLabel('状态').selectOption('resolved');
  await page.getByRole('button', { name: '筛选', exact: true }).click();
  await expect(page).toHaveURL(/status=resolved/);
  const resolved = await totalOf(page);
  expect(resolved).toBeLessThan(all);
  for (const badge of await page.getByTestId('problem-table').locator('[data-status]').all()) await expect(badge).toHaveAttribute('data-status', 'resolved');

  // the download holds the filtered rows, headed in Chinese
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('problem-export').click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const ws = wb.worksheets[0]!;
  expect(ws.getRow(1).values).toEqual(expect.arrayContaining(['编号', '企业名称', '主办单位', '状态']));
  expect(ws.rowCount).toBe(1 + resolved);

  // the figures, with their three charts drawn
  await page.getByRole('link', { name: '台账统计' }).click();
  await expect(page.getByRole('heading', { name: '企业诉求台账统计' })).toBeVisible();
  for (const id of ['chart-by-unit', 'chart-by-category', 'chart-monthly']) await expect(page.getByTestId(id).locator('canvas')).toBeVisible();
  await expect(page.getByTestId('figures-by-unit').locator('[data-row=district]')).toBeVisible();
  await screenshot(page, 'problem-figures-leader');
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByTestId('figures-export').click()]);
  const figures = new ExcelJS.Workbook();
  await figures.xlsx.readFile(await file.path());
  expect(figures.worksheets.map((w) => w.name)).toEqual(['按主办单位', '按类别', '逐月']);
});

test('a unit user sees only the problems its unit leads or assists, as cards at 390 px without sideways scrolling', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAndLand(page, 'jsj_head');
  const unitId = (await page.locator('main a[href^="/units/"]').first().getAttribute('href'))?.split('/').pop();
  await page.goto('/problems');
  await expect(page.getByTestId('problem-table')).toBeHidden();
  const cards = page.getByTestId('problem-card');
  const n = await cards.count();
  expect(n).toBeGreaterThan(0);
  expect(n).toBe(Math.min(20, await totalOf(page)));
  // each card is one its unit leads (主办) or assists (协办)
  expect(unitId).toBeTruthy();
  for (const card of await cards.all()) {
    const [lead, assists] = await Promise.all([card.getAttribute('data-unit'), card.getAttribute('data-assists')]);
    expect(lead === unitId || (assists ?? '').split(' ').includes(unitId!)).toBe(true);
  }
  await screenshot(page, 'problem-board-unit-390');
  await page.goto('/problems/figures');
  await expect(page.getByTestId('figures-by-unit').locator('tbody tr')).toHaveCount(1);
  await screenshot(page, 'problem-figures-unit-390');
});
