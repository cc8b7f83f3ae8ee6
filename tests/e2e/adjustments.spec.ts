// 加减分 and the results API as people meet them: the admin adds a bonus over the cap and a penalty; the leaderboard JSON and the Excel download answer by who asks (401 / 404 / 200).
//
// Other specs share the server: this file only ADDS items, and only to 泰和高新区财政金融局 (no seeded items), and deletes nothing seeded.
import ExcelJS from 'exceljs';
import { expect, type Page } from '@playwright/test';
import { screenshot, signInAndLand, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

const UNIT = '泰和高新区财政金融局';
const ids: { open?: string; published?: string } = {};

/** The id of a period, read from the admin's period list. */
async function periodId(page: Page, name: string): Promise<string> {
  await page.goto('/admin/periods');
  const href = await page.getByTestId('periods-table').getByRole('link', { name, exact: true }).first().getAttribute('href');
  const id = href?.split('/').pop();
  expect(id, name).toBeTruthy();
  return id!;
}

test('admin adds a bonus above the cap and a penalty; the page shows the cap biting', async ({ page }) => {
  await signInAndLand(page, 'admin');
  ids.published = await periodId(page, '2025年下半年');
  ids.open = await periodId(page, '2026年上半年');

  // the published period's results are frozen: the page says changes wait for a correction
  await page.goto(`/admin/periods/${ids.published}/adjustments`);
  await expect(page.getByTestId('adjustments-published')).toContainText('2025年下半年 的结果已发布并冻结');

  // from the period's setup page
  await page.goto(`/admin/periods/${ids.open}`);
  await page.getByTestId('adjustments-link').click();
  await expect(page.getByRole('heading', { name: '2026年上半年 · 加减分' })).toBeVisible();
  await expect(page.getByText('加分项合计每个单位最多计 5 分')).toBeVisible();

  const form = page.getByTestId('adjustment-form');
  await form.getByLabel('单位').selectOption({ label: UNIT });

  // a refused input keeps what was typed and says why beside the field
  await form.getByLabel('分值').fill('0');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByTestId('field-error').first()).toHaveText('分值不能为 0。');
  await expect(form.getByTestId('field-error').nth(1)).toHaveText('必填。');

  // a bonus typed the way people type it (full-width digits, a unit): read back before saving
  await form.getByLabel('分值').fill('６分');
  await expect(form.getByTestId('points-preview')).toHaveText('将记为加分 6 分');
  await form.getByLabel('事由').fill('获评全省财政管理工作成效明显地区（e2e）');
  await form.getByLabel('依据（选填）').fill('省政府督查激励通报');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByTestId('form-notice')).toHaveText(`已为 ${UNIT} 记录加分 6 分。`);

  await form.getByLabel('分值').fill('-1.5');
  await expect(form.getByTestId('points-preview')).toHaveText('将记为减分 1.5 分');
  await form.getByLabel('事由').fill('预算执行进度滞后被市财政局通报（e2e）');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByTestId('form-notice')).toHaveText(`已为 ${UNIT} 记录减分 1.5 分。`);

  const unit = page.locator(`[data-testid="adjustment-unit"][data-unit="${UNIT}"]`);
  await expect(unit.getByTestId('adjustment-row')).toHaveCount(2);
  await expect(unit.getByTestId('cap-note')).toHaveText('超出上限 1 分，按 5 分计');
  await expect(unit.getByTestId('unit-totals')).toContainText('计入 +3.5 分');
  await expect(page.getByTestId('adjustments-summary')).toContainText('1 个单位的加分超出上限');
  await screenshot(page, 'adjustments-1366');

  // the JSON API with the admin's session carries the unit with the items just added
  const res = await page.request.get(`/api/v1/periods/${ids.open}/leaderboard`);
  expect(res.status()).toBe(200);
  expect(res.headers()['cache-control']).toBe('private, no-store');
  const body = await res.json();
  expect(body.period).toMatchObject({ id: ids.open, name: '2026年上半年', state: 'open', publishedAt: null });
  expect(body.snapshot).toBeNull();
  expect(body.results.units).toHaveLength(27);
  const czj = body.results.units.find((u: { name: string }) => u.name === UNIT);
  expect(czj.adjustments).toMatchObject({ bonusRaw: 6, bonusApplied: 5, bonusCut: 1, penaltyTotal: -1.5, total: 3.5 });
  expect(czj.indicators.length).toBeGreaterThan(0);
});

test('the API answers 401 without a session, whatever is asked', async ({ playwright, baseURL }) => {
  const anon = await playwright.request.newContext({ baseURL });
  for (const path of [
    `/api/v1/periods/${ids.open}/leaderboard`,
    `/api/v1/periods/${ids.published}/leaderboard`,
    `/api/v1/periods/${ids.published}/export/ranking.xlsx`,
  ]) {
    const res = await anon.get(path);
    expect(res.status(), path).toBe(401);
    expect(await res.json()).toEqual({ ok: false, error: 'unauthenticated', message: '登录已失效，请重新登录后再操作（已输入的内容仍保留在本页）。' });
  }
  await anon.dispose();
});

test('a unit head reads only the published period (404 for the open one, as if it did not exist)', async ({ page }) => {
  await signInAndLand(page, 'jsj_head');
  const open = await page.request.get(`/api/v1/periods/${ids.open}/leaderboard`);
  expect(open.status()).toBe(404);
  expect((await page.request.get(`/api/v1/periods/${ids.open}/export/ranking.xlsx`)).status()).toBe(404);
  expect((await page.request.get('/api/v1/periods/no-such-period/leaderboard')).status()).toBe(404);
  const published = await page.request.get(`/api/v1/periods/${ids.published}/leaderboard`);
  expect(published.status()).toBe(200);
  const body = await published.json();
  expect(body.snapshot).toMatchObject({ version: expect.any(Number), kind: expect.any(String) });
  expect(body.results.units).toHaveLength(27);
  // judges appear only as 评委n
  expect(JSON.stringify(body)).not.toContain('judgeId');
});

test('leader1 downloads the ranking workbook of the open period: every unit, named in Chinese', async ({ page }) => {
  await signInAndLand(page, 'leader1');
  const res = await page.request.get(`/api/v1/periods/${ids.open}/export/ranking.xlsx`);
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
  expect(res.headers()['content-disposition']).toContain(`filename*=UTF-8''${encodeURIComponent('2026年上半年-排名.xlsx')}`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load((await res.body()) as unknown as ArrayBuffer);
  const ws = wb.getWorksheet('总排名')!;
  expect(ws.getRow(1).getCell(3).value).toBe('单位');
  const names: string[] = [];
  ws.eachRow((row, n) => {
    if (n > 1) names.push(String(row.getCell(3).value));
  });
  expect(names).toHaveLength(27);
  expect(new Set(names).size).toBe(27);
  expect(names).toContain(UNIT);
  expect(wb.worksheets.length).toBe(5); // 总排名 + the demo's 4 contest groups

  const csv = await page.request.get(`/api/v1/periods/${ids.open}/export/ranking.csv`);
  expect(csv.status()).toBe(200);
  expect([...(await csv.body()).subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  expect((await page.request.get(`/api/v1/periods/${ids.open}/export/detail.xlsx`)).status()).toBe(200);
  expect((await page.request.get(`/api/v1/periods/${ids.open}/export/ranking.pdf`)).status()).toBe(404);
});
