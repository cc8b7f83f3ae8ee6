// The report card (成绩单) and the printable ranking: a leader reads one unit's card with every breakdown,
// judges only as 评委n, the trend chart drawn, a PDF printed; the meeting's ranking lists every unit;
// a unit head opens their own published card but not the unpublished period's.
import { expect, type Browser } from '@playwright/test';
import { district } from '../../prisma/demo/district';
import { screenshot, signInAndLand, test } from './fixtures';

const UNIT = '泰和高新区建设局';
const PUBLISHED = '2025年下半年';
const OPEN = '2026年上半年';
/** every leader and panel judge of the demo: none may appear on a card (judges show as 评委n) */
const JUDGE_NAMES = [...district.leaders, ...district.judges].map((p) => p.name);

/** Period ids (from the admin's period list) and the demo unit's id (from the unit list). */
async function demoIds(browser: Browser) {
  const page = await browser.newPage();
  await signInAndLand(page, 'admin');
  await page.goto('/admin/periods');
  const periodId = async (name: string) => {
    const href = await page.getByRole('link', { name, exact: true }).first().getAttribute('href');
    return href!.split('/').pop()!;
  };
  const published = await periodId(PUBLISHED);
  const open = await periodId(OPEN);
  await page.goto('/units');
  const unitHref = await page.getByRole('link', { name: UNIT, exact: true }).first().getAttribute('href');
  await page.close();
  return { published, open, unitId: unitHref!.split('/').pop()! };
}

test('a leader reads a unit’s report card: ranks, indicators, 评委n only, trend chart, PDF', async ({ page, browser }) => {
  const ids = await demoIds(browser);
  await signInAndLand(page, 'leader1');
  await page.goto(`/leaderboard/${ids.published}/units/${ids.unitId}`);
  const card = page.getByTestId('report-card');
  await expect(page.getByRole('heading', { level: 1, name: `${UNIT} 成绩单` })).toBeVisible();
  await expect(card).toContainText(PUBLISHED);
  await expect(page.getByTestId('result-status')).toContainText('已发布');
  await expect(page.getByTestId('summary').getByTestId('provisional')).toHaveCount(0);

  // ranks, with the change against the previous period (the demo's first period: 新)
  await expect(page.getByTestId('group-rank')).toHaveText(/^第 \d+ 名 \/ 共 7 名$/);
  await expect(page.getByTestId('overall-rank')).toHaveText(/^第 \d+ 名 \/ 共 27 名$/);
  await expect(page.getByTestId('summary').locator('[data-change]')).toHaveCount(2);
  const final = (await page.getByTestId('final-score').textContent())!.trim();
  expect(final).toMatch(/^\d+\.\d{2}$/);
  await expect(page.getByTestId('formula')).toContainText(`F = α × S_ind + β × S_panel + 加减分 = 0.7 × `);
  await expect(page.getByTestId('formula')).toContainText(`= ${final}`);

  // indicator by indicator: target, completion, light, method and the formula with its numbers
  const rows = page.getByTestId('indicator-row');
  expect(await rows.count()).toBeGreaterThanOrEqual(5);
  await expect(rows.first()).toContainText('半年目标');
  await expect(rows.first()).toContainText('c = 实际 ÷ 目标');
  await expect(rows.first()).toContainText('完成率法：s = w × c');
  await expect(rows.first().locator('[data-light]').first()).toBeVisible();
  await expect(page.getByTestId('indicator-table')).toContainText('功效系数法：s = w × (60 + 40 × (c − c_min)');

  // judge by judge, as 评委n: the trimmed mean and no real name anywhere on the card
  const panel = page.getByTestId('panel-table');
  await expect(panel.getByRole('cell', { name: '评委1', exact: true })).toBeVisible();
  await expect(page.getByTestId('judge-row').filter({ hasText: '去掉最高分' })).toHaveCount(1);
  await expect(page.getByTestId('judge-row').filter({ hasText: '去掉最低分' })).toHaveCount(1);
  await expect(page.getByTestId('panel-rule')).toContainText('去掉一个最高分');
  const text = (await card.textContent())!;
  for (const name of JUDGE_NAMES) expect(text, `judge name ${name} on the card`).not.toContain(name);

  // charts: the trend line across both periods the leader may read, the radar by criterion
  await expect(page.getByTestId('trend-chart').locator('canvas')).toHaveCount(1);
  await expect(page.getByTestId('radar-chart').locator('canvas')).toHaveCount(1);
  await expect(page.getByTestId('trend-table').locator('tbody tr')).toHaveCount(2);
  await expect(page.getByTestId('trend-table')).toContainText(OPEN);
  await expect(page.getByTestId('adjustment-summary')).toContainText('加减分合计');
  await screenshot(page, 'reportcard-1366');

  const pdf = await page.pdf({ format: 'A4' });
  expect(pdf.length).toBeGreaterThan(10_000);
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');

  // on a phone
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await expect(page.getByTestId('trend-chart').locator('canvas')).toHaveCount(1);
  await screenshot(page, 'reportcard-390');
});

test('the printable ranking lists every unit, per group and overall', async ({ page, browser }) => {
  const ids = await demoIds(browser);
  await signInAndLand(page, 'leader1');
  await page.goto(`/leaderboard/${ids.published}/print`);
  await expect(page.getByRole('heading', { level: 1 })).toContainText(`${PUBLISHED} 部长擂台考评排名`);
  await expect(page.getByTestId('ranking-status')).toHaveText('已发布');
  await expect(page.getByText(/打印日期：\d{4}年\d{1,2}月\d{1,2}日/)).toBeVisible();
  const overall = page.getByTestId('ranking-overall').getByTestId('ranking-unit');
  await expect(overall).toHaveCount(district.units.length);
  const names = (await overall.allTextContents()).map((s) => s.trim());
  expect(new Set(names)).toEqual(new Set(district.units.map((u) => u.name)));
  await expect(page.getByTestId('ranking-group')).toHaveCount(district.groups.length);
  await expect(page.getByTestId('ranking-group').getByTestId('ranking-row')).toHaveCount(district.units.length);
  await expect(page.getByTestId('provisional')).toHaveCount(0);

  // the unit's row agrees with its report card, and links to it
  const row = page.getByTestId('ranking-overall').getByTestId('ranking-row').filter({ hasText: UNIT });
  await expect(row).toHaveAttribute('data-unit-id', ids.unitId);
  await screenshot(page, 'ranking-print-1366');
  const pdf = await page.pdf({ format: 'A4', landscape: true });
  expect(pdf.length).toBeGreaterThan(10_000);

  const rowFinal = (await row.locator('td').nth(6).textContent())!.trim();
  await row.getByTestId('ranking-unit').click();
  await expect(page.getByTestId('final-score')).toHaveText(rowFinal);

  // the open period is not published: the whole ranking is provisional
  await page.goto(`/leaderboard/${ids.open}/print`);
  await expect(page.getByTestId('ranking-status')).toHaveText('暂定');
});

test('a unit head opens their own published report card, but the unpublished period is a 404', async ({ page, browser }) => {
  const ids = await demoIds(browser);
  await signInAndLand(page, 'jsj_head');
  const own = await page.getByRole('link', { name: '本单位填报' }).getAttribute('href');
  const unitId = own!.split('/').pop()!;
  expect(unitId).toBe(ids.unitId);

  const ok = await page.goto(`/leaderboard/${ids.published}/units/${unitId}`);
  expect(ok?.status()).toBe(200);
  await expect(page.getByRole('heading', { level: 1, name: `${UNIT} 成绩单` })).toBeVisible();
  await expect(page.getByTestId('trend-table').locator('tbody tr')).toHaveCount(1); // only the published period is theirs to read
  await expect(page.getByTestId('report-card')).not.toContainText('仅本单位及区领导');

  const hidden = await page.goto(`/leaderboard/${ids.open}/units/${unitId}`);
  expect(hidden?.status()).toBe(404);
  const hiddenPrint = await page.goto(`/leaderboard/${ids.open}/print`);
  expect(hiddenPrint?.status()).toBe(404);
  const unknown = await page.goto(`/leaderboard/${ids.published}/units/no-such-unit`);
  expect(unknown?.status()).toBe(404);
});
