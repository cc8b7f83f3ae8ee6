// A leader reads the ranking: switches group, opens breakdowns; units see only published periods.
import { expect } from '@playwright/test';
import { screenshot, signInAndLand, test } from './fixtures';

test('a leader opens the ranking, switches group and opens the breakdowns', async ({ page }) => {
  await signInAndLand(page, 'leader1');
  await page.getByRole('navigation').getByRole('link', { name: '排行榜' }).click();
  await expect(page.getByRole('heading', { name: '排行榜' })).toBeVisible();
  await expect(page.getByTestId('results-status')).toContainText('实时计算，未发布（暂定）');
  const rows = page.getByTestId('ranking-row');
  await expect(rows).toHaveCount(27);

  await page.getByTestId('period-switch').getByRole('link', { name: '2025年下半年' }).click();
  await expect(page.getByTestId('results-status')).toContainText('已发布');
  await page.getByTestId('group-tabs').getByRole('link', { name: '派驻机构' }).click();
  await expect(rows).toHaveCount(7);
  await expect(rows.first().getByTestId('rank')).toHaveText('1');

  // indicator by indicator
  await rows.first().getByRole('button').first().click();
  const breakdown = page.getByTestId('breakdown');
  await expect(breakdown).toContainText('指标得分合计');
  await expect(breakdown).toContainText('完成率法');
  // judge by judge, as 评委n only
  await rows.first().getByRole('button').nth(1).click();
  await expect(breakdown).toContainText('评委1');
  await expect(breakdown).toContainText('去掉一个最高分、一个最低分');
  await expect(breakdown).not.toContainText('陈立群');
  // the final formula
  await rows.first().getByRole('button').last().click();
  await expect(page.getByTestId('final-formula')).toContainText('α 0.7');
  // the opened breakdown's tabs switch between the parts of the score
  await breakdown.getByRole('button', { name: /^加减分/ }).click();
  await expect(breakdown).toContainText('加分合计');

  // the bar chart's value axis starts at zero (an axis from 85 drew 85.17 as nearly nothing)
  await expect(page.getByTestId('finals-chart')).toBeVisible();
  await expect(page.getByTestId('finals-chart')).toHaveAttribute('data-axis-min', '0');
  // the heat map loads when it comes into view; its columns are labelled by indicator
  const heatmap = page.getByTestId('heatmap');
  await heatmap.scrollIntoViewIfNeeded();
  const columns = heatmap.getByTestId('heatmap-column');
  await expect(columns.first()).toHaveText('对企服务问题办结率');
  await expect(columns.first()).toHaveAttribute('title', '对企服务问题办结率');
  await heatmap
    .getByRole('button', { name: /^对企服务问题办结率：/ })
    .first()
    .click();
  await expect(heatmap.getByRole('status')).toContainText('对企服务问题办结率：');
  await screenshot(page, 'leaderboard-1366');
});

test('the ranking says 持平 for an unchanged rank, as the printable ranking does', async ({ page }) => {
  await signInAndLand(page, 'leader1');
  await page.goto('/leaderboard');
  const changes = page.getByTestId('ranking-row').locator('[data-change]');
  await expect(changes).toHaveCount(27);
  const texts = await changes.allTextContents();
  expect(
    texts.every((x) => /^(↑\d+|↓\d+|持平|新)$/.test(x)),
    texts.join(' '),
  ).toBe(true);
  expect(texts).not.toContain('—');
});

test('a unit head sees the published ranking but not the live one', async ({ page, browser }) => {
  const leader = await browser.newPage();
  await signInAndLand(leader, 'leader1');
  await leader.goto('/leaderboard');
  const liveHref = await leader.getByTestId('period-switch').getByRole('link', { name: '2026年上半年' }).getAttribute('href');
  await leader.close();

  await signInAndLand(page, 'jsj_head');
  await page.goto('/leaderboard');
  await expect(page.getByTestId('results-status')).toContainText('已发布');
  await expect(page.getByTestId('period-switch').getByRole('link')).toHaveText(['2025年下半年']);
  const res = await page.goto(liveHref!);
  expect(res?.status()).toBe(404);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the ranking shows rank, unit, final score and lights without a sideways swipe', async ({ page }) => {
    await signInAndLand(page, 'leader1');
    await page.goto('/leaderboard');
    const first = page.getByTestId('ranking-row').first();
    await expect(first).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // final score and lights inside the screen, not behind a scroll
    for (const id of ['rank', 'final', 'lights']) {
      const box = (await first.getByTestId(id).boundingBox())!;
      expect(box.x, id).toBeGreaterThanOrEqual(0);
      expect(box.x + box.width, id).toBeLessThanOrEqual(390);
    }
    await expect(first.getByTestId('final')).toBeInViewport();
    const table = page.getByTestId('ranking-table');
    expect(await table.evaluate((t) => t.parentElement!.scrollWidth <= t.parentElement!.clientWidth)).toBe(true);

    // a tap on the final score opens the breakdown, whose tabs show the parts hidden on a phone
    await first.getByTestId('final').getByRole('button').click();
    const breakdown = page.getByTestId('breakdown');
    // the formula wraps on the phone (it was cut at the screen's edge, readable only by a sideways swipe)
    const formula = page.getByTestId('final-formula');
    await expect(formula).toContainText('最终得分 =');
    expect(await formula.evaluate((p) => p.scrollWidth <= p.clientWidth)).toBe(true);
    await expect(breakdown.getByRole('button', { name: /^指标得分/ })).toBeVisible();
    await breakdown.getByRole('button', { name: /^指标得分/ }).click();
    await expect(breakdown).toContainText('指标得分合计');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    // the open breakdown does not widen the ranking: the score and the lights stay on screen
    expect(await table.evaluate((t) => t.parentElement!.scrollWidth <= t.parentElement!.clientWidth)).toBe(true);
    const lights = (await first.getByTestId('lights').boundingBox())!;
    expect(lights.x + lights.width).toBeLessThanOrEqual(390);

    // the heat map fits too (it scrolls inside its own box if it must)
    await page.getByTestId('heatmap').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('heatmap-column').first()).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await screenshot(page, 'leaderboard-390');
  });

  test('a contest group fits too', async ({ page }) => {
    await signInAndLand(page, 'leader1');
    await page.goto('/leaderboard');
    await page.getByTestId('group-tabs').getByRole('link', { name: '派驻机构' }).click();
    await expect(page.getByTestId('ranking-row')).toHaveCount(7);
    await page.getByTestId('heatmap').scrollIntoViewIfNeeded();
    await expect(page.getByTestId('heatmap-column').first()).toBeVisible();
    await screenshot(page, 'leaderboard-group-390');
  });
});
