// Reminders in the browser (issue #14): the review office returns a submission; the unit head sees the bell's count,
// opens the list, follows the notice to the submission; marking all read empties the bell. 1366 and 390 wide.
import { expect, type Page } from '@playwright/test';
import { screenshot, signInAndLand, test } from './fixtures';

// 泰和市市场监督管理局高新区分局: submitted in the seed, touched by no other spec
const UNIT = '泰和市市场监督管理局高新区分局';
const HEAD = 'scj_head';
const COMMENT = '食品安全抽检合格率缺少佐证材料，请补充后重新提交。';

const bellCount = async (page: Page) => {
  const badge = page.getByTestId('notification-count');
  return (await badge.count()) ? Number((await badge.textContent()) ?? '0') : 0;
};

/** Request the head's leaderboard until it is replayed (another spec's write may just have moved a version). */
async function warmLeaderboard(page: Page): Promise<string> {
  for (let i = 0; i < 10; i++) {
    const res = await page.request.get('/leaderboard');
    expect(res.status()).toBe(200);
    if (res.headers()['x-page-cache'] === 'hit') return res.text();
  }
  throw new Error('the leaderboard was never replayed from the page cache');
}

test.describe.configure({ mode: 'serial' });

test('a returned submission reaches its unit head: bell, list, link', async ({ page, browser }) => {
  // the head before: whatever the seed and the scheduler left; their leaderboard page is replayed from the page cache
  await signInAndLand(page, HEAD);
  const before = await bellCount(page);
  const cached = await warmLeaderboard(page);
  expect(cached).toContain(`通知：${before ? `${before}条未读` : '没有未读'}`);

  const admin = await browser.newPage();
  await signInAndLand(admin, 'admin');
  await admin.goto('/review?state=submitted');
  await admin.getByRole('link', { name: UNIT }).first().click();
  const panel = admin.getByTestId('review-panel');
  await panel.getByRole('button', { name: '退回修改' }).click();
  await panel.getByLabel('退回意见').fill(COMMENT);
  await panel.getByRole('button', { name: '退回修改' }).click();
  await expect(admin.getByTestId('submission-state')).toContainText('已退回');
  await admin.close();

  // the cached leaderboard is not replayed with the old count: the head's own new count is rendered
  const fresh = await page.request.get('/leaderboard');
  expect(fresh.headers()['x-page-cache']).toBe('miss');
  expect(await fresh.text()).toContain(`通知：${before + 1}条未读`);

  await page.reload();
  const bell = page.getByTestId('notification-bell');
  await expect(page.getByTestId('notification-count')).toHaveText(String(before + 1));
  await expect(bell).toHaveAccessibleName(`通知：${before + 1}条未读`);
  await screenshot(page, 'notifications-bell-1366');

  await bell.click();
  await expect(page).toHaveURL(/\/notifications$/);
  const item = page.getByTestId('notification-item').filter({ hasText: COMMENT });
  await expect(item).toHaveCount(1);
  await expect(item).toHaveAttribute('data-unread', '1');
  await expect(item).toContainText('填报被退回：2026年上半年');
  await expect(item).toContainText(/(秒钟|分钟)前|现在/); // relative time in Chinese
  await screenshot(page, 'notifications-list-1366');

  // filters: unread and by kind
  await page.getByRole('link', { name: '未读', exact: true }).click();
  await expect(page).toHaveURL(/show=unread/);
  await page.getByTestId('notifications-kind').selectOption({ label: '填报退回' });
  await page.getByRole('button', { name: '筛选' }).click();
  await expect(page).toHaveURL(/kind=submission\.returned/);
  await expect(page.getByTestId('notification-item')).toHaveCount(1);

  // follow it: to the unit's submission, with the comment; it is read now
  await page.getByTestId('notification-link').first().click();
  await expect(page).toHaveURL(/\/units\//);
  await expect(page.getByText(`考核办退回意见：${COMMENT}`)).toBeVisible();
  await expect(page.getByTestId('notification-count')).toHaveCount(before ? 1 : 0);
  if (before) await expect(page.getByTestId('notification-count')).toHaveText(String(before));
});

test('mark all read; the empty unread list; the page at 390 wide', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAndLand(page, HEAD);
  await screenshot(page, 'notifications-bell-390');
  await page.goto('/notifications');
  await screenshot(page, 'notifications-list-390');
  const all = page.getByTestId('notifications-mark-all');
  if (await all.count()) {
    // a replayed leaderboard with the unread count, then marking read (a write no shared cache holds)
    expect(await warmLeaderboard(page)).toContain('条未读');
    await all.click();
  }
  await expect(page.getByTestId('notification-count')).toHaveCount(0);
  // the head's cached leaderboard is not replayed with the old count
  const lb = await page.request.get('/leaderboard');
  expect(await lb.text()).toContain('通知：没有未读');
  await expect(page.getByTestId('notification-bell')).toHaveAccessibleName('通知：没有未读');
  await page.goto('/notifications?show=unread');
  await expect(page.getByTestId('notifications-empty')).toHaveText('没有未读通知。');
  await screenshot(page, 'notifications-empty-390');
});
