// A leader reads the ranking: switches group, opens breakdowns; units see only published periods.
import { expect, test } from '@playwright/test';
import { screenshot, signInAndLand } from './fixtures';

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
  await expect(rows.first().locator('td').first()).toHaveText('1');

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
  await expect(page.getByTestId('heatmap')).toBeVisible();
  await expect(page.getByTestId('finals-chart')).toBeVisible();
  await screenshot(page, 'leaderboard-1366');
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
  test('the ranking fits a 390-wide screen', async ({ page }) => {
    await signInAndLand(page, 'leader1');
    await page.goto('/leaderboard');
    await expect(page.getByTestId('ranking-row').first()).toBeVisible();
    await screenshot(page, 'leaderboard-390');
  });
});
