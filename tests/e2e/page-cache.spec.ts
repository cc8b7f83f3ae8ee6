// The leaderboard's page cache through the real built server (server.ts in front of Next): a leader's page is
// replayed (x-page-cache: hit) while a unit autosaves its draft — drafts never count outside the unit — and a
// write that changes the ranking is seen at once (miss, a new page). The unit sees its draft as 草稿预览.
//
// Other specs share the server: this file only autosaves 数据局's draft (a seeded draft) and adds one bonus to
// 泰和高新水务有限公司 (no seeded items). Another spec's write may land between two requests, so a replay is
// retried a few times — but a draft autosave must never be the reason for a miss.
import { expect, type APIRequestContext, type Browser, type Page } from '@playwright/test';
import { signInAndLand, test } from './fixtures';

test.describe.configure({ mode: 'serial' });
test.setTimeout(180_000);

const WATER = '泰和高新水务有限公司';

async function leaderboard(request: APIRequestContext, url: string) {
  const res = await request.get(url);
  expect(res.status()).toBe(200);
  return { cache: res.headers()['x-page-cache'], body: await res.text() };
}

/** Request until the page is replayed (another spec's write may have just moved a version). */
async function warm(request: APIRequestContext, url: string) {
  for (let i = 0; i < 10; i++) {
    const r = await leaderboard(request, url);
    if (r.cache === 'hit') return r;
  }
  throw new Error('the leaderboard was never replayed from the page cache');
}

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await signInAndLand(page, username);
  return page;
}

test('a draft autosave keeps the leaders\u2019 cached page; a write that changes the ranking is seen at once', async ({ browser }) => {
  const leader = await signedIn(browser, 'leader1');
  await leader.goto('/leaderboard');
  const url = new URL(leader.url()).pathname + new URL(leader.url()).search;
  expect(url.startsWith('/leaderboard')).toBe(true);

  // the unit's staff autosaves a typo in its draft; its own page shows the draft preview
  const staff = await signedIn(browser, 'sjj_staff');
  await staff.getByRole('link', { name: '本单位填报' }).click();
  await expect(staff.getByTestId('draft-preview')).toContainText('草稿预览 · 未计入排行榜');
  const input = staff.locator('[data-testid=indicator-row] input[inputmode=decimal]').first();
  let replayedThroughAutosave = false;
  for (let attempt = 0; attempt < 3 && !replayedThroughAutosave; attempt++) {
    const before = await warm(leader.request, url);
    await input.fill(String(972 + attempt));
    await expect(staff.getByTestId('save-status')).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
    const after = await leaderboard(leader.request, url);
    replayedThroughAutosave = after.cache === 'hit' && after.body === before.body;
  }
  expect(replayedThroughAutosave, 'a draft autosave must not evict the leader’s page').toBe(true);

  // the review office adds a bonus: the ranking changes, and the leader's next request renders it
  const before = await warm(leader.request, url);
  const admin = await signedIn(browser, 'admin');
  await admin.goto('/admin/periods');
  await admin.getByTestId('periods-table').getByRole('link', { name: '2026年上半年', exact: true }).first().click();
  await admin.getByTestId('adjustments-link').click();
  const form = admin.getByTestId('adjustment-form');
  await form.getByLabel('单位').selectOption({ label: WATER });
  await form.getByLabel('分值').fill('5');
  await form.getByLabel('事由').fill('获评全省节水型城市建设先进单位（e2e 页面缓存）');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form.getByTestId('form-notice')).toHaveText(`已为 ${WATER} 记录加分 5 分。`);
  const after = await leaderboard(leader.request, url);
  expect(after.cache).toBe('miss');
  expect(after.body).not.toBe(before.body);
  await warm(leader.request, url);
});
