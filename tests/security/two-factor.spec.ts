// Issue #12 "Second factor" (and Found 4 at the real server): a user enrols TOTP with a code computed here, signs in
// with password + a fresh code, a wrong code is refused in Chinese, a backup code works once; 我的登录设备 lists
// the sessions and ends another device's. Screenshots at 1366 and 390.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { openAccountMenu, screenshot, signIn, signOutViaMenu } from '../e2e/fixtures';
import { createTestUser, TEST_PASSWORD, totp, withDb, wrongCode } from './support-two-factor';

async function signOut(page: Page) {
  await page.setViewportSize({ width: 1366, height: 768 });
  await signOutViaMenu(page);
}

async function passwordStep(page: Page, username: string) {
  await signIn(page, username, TEST_PASSWORD);
  await expect(page).toHaveURL(/\/login\/two-factor/);
}

async function secondStep(page: Page, code: string) {
  await page.getByTestId('second-step-code').fill(code);
  await page.getByRole('button', { name: '验证并登录' }).click();
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  return context.newPage();
}

test('TOTP: enrol with a real code, sign in with password + code, wrong code refused, backup code once; 我的登录设备', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const user = await createTestUser('leader', 'user');

  // ── signing in opens a session of 12 h, not better-auth's 24 h (Found 4) ──
  await signIn(page, user.username, TEST_PASSWORD);
  await expect(page).toHaveURL(/\/$/);
  const lifetimes = await withDb((db) => db.session.findMany({ where: { userId: user.id }, select: { createdAt: true, expiresAt: true, lastSeenAt: true } }));
  expect(lifetimes).toHaveLength(1);
  const hours = (lifetimes[0]!.expiresAt.getTime() - lifetimes[0]!.createdAt.getTime()) / 3_600_000;
  expect(hours).toBeCloseTo(12, 2);
  expect(lifetimes[0]!.lastSeenAt).not.toBeNull();

  // ── enrol ──
  await openAccountMenu(page);
  await expect(page.getByTestId('two-factor-state')).toHaveText('状态：未开启');
  await page
    .getByTestId('account-links')
    .getByRole('link', { name: /两步验证/ })
    .click();
  await expect(page).toHaveURL(/\/account\/two-factor$/);
  await expect(page.getByTestId('two-factor-off')).toBeVisible();
  await page.getByLabel('当前密码').fill('wrong-password-1');
  await page.getByTestId('two-factor-start').click();
  await expect(page.getByTestId('form-error')).toHaveText('密码不正确，请重新输入。');
  await page.getByLabel('当前密码').fill(TEST_PASSWORD);
  await page.getByTestId('two-factor-start').click();
  await expect(page.getByTestId('totp-qr').locator('svg')).toBeVisible();
  const key = (await page.getByTestId('totp-key').textContent())!.replace(/\s/g, '');
  expect(key).toMatch(/^[A-Z2-7]{32,}$/);
  await screenshot(page, 'two-factor-enrol-1366');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'two-factor-enrol-390');
  await page.setViewportSize({ width: 1366, height: 768 });
  await page.getByTestId('totp-code').fill(wrongCode(key));
  await page.getByRole('button', { name: '确认开启' }).click();
  await expect(page.getByTestId('form-error')).toContainText('动态码不正确');
  await page.getByTestId('totp-code').fill(totp(key));
  await page.getByRole('button', { name: '确认开启' }).click();
  await expect(page.getByTestId('backup-codes')).toBeVisible();
  const codes = (await page.getByTestId('backup-code').allTextContents()).map((c) => c.trim());
  expect(codes).toHaveLength(10);
  await screenshot(page, 'two-factor-backup-codes-1366');
  await page.getByTestId('two-factor-done').click();
  await expect(page).toHaveURL(/\/$/);
  expect(await withDb((db) => db.user.findUniqueOrThrow({ where: { id: user.id }, select: { twoFactorEnabled: true } }))).toEqual({ twoFactorEnabled: true });

  // ── password + a fresh code; a wrong code is refused in Chinese ──
  await signOut(page);
  await passwordStep(page, user.username);
  // the password step alone opened no session
  expect(await withDb((db) => db.session.count({ where: { userId: user.id } }))).toBe(0);
  await screenshot(page, 'two-factor-step-1366');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'two-factor-step-390');
  await page.setViewportSize({ width: 1366, height: 768 });
  await secondStep(page, wrongCode(key));
  await expect(page.getByTestId('second-step-error')).toHaveText('动态码不正确，请核对手机上当前显示的数字后重试。');
  await secondStep(page, 'abc');
  await expect(page.getByTestId('second-step-error')).toHaveText('请输入 6 位数字动态码，或 10 位备用码。');
  await secondStep(page, totp(key));
  await expect(page).toHaveURL(/\/$/);
  await expect(page.getByTestId('current-user')).toContainText('两步验证测试user');
  await openAccountMenu(page);
  await expect(page.getByTestId('two-factor-state')).toHaveText('状态：已开启');
  await page.keyboard.press('Escape');

  // ── a backup code works once ──
  await signOut(page);
  await passwordStep(page, user.username);
  await secondStep(page, codes[0]!);
  await expect(page).toHaveURL(/\/$/);
  await signOut(page);
  await passwordStep(page, user.username);
  await secondStep(page, codes[0]!);
  await expect(page.getByTestId('second-step-error')).toHaveText('备用码不正确或已经使用过，请换一个备用码。');
  await secondStep(page, codes[1]!);
  await expect(page).toHaveURL(/\/$/);

  // ── the audit trail: both steps and the failures ──
  const actions = await withDb((db) =>
    db.auditLog.findMany({ where: { entityType: 'sign_in', entityId: user.username }, orderBy: { at: 'asc' }, select: { action: true } }),
  );
  expect(actions.map((a) => a.action)).toEqual(expect.arrayContaining(['auth.sign_in_second_factor', 'auth.two_factor_failed', 'auth.sign_in']));

  // ── 我的登录设备: a second device signs in; this one sees both and ends the other ──
  const other = await newPage(browser);
  await passwordStep(other, user.username);
  await secondStep(other, totp(key));
  await expect(other).toHaveURL(/\/$/);
  await page.goto('/account/sessions');
  const rows = page.getByTestId('session-row');
  await expect(rows).toHaveCount(2);
  await expect(rows.first()).toContainText('当前设备');
  await expect(rows.first()).toContainText('127.0.0.1');
  await expect(rows.first()).toContainText('Chrom');
  await screenshot(page, 'account-sessions-1366');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'account-sessions-390');
  await page.setViewportSize({ width: 1366, height: 768 });
  await rows.nth(1).getByTestId('end-session').click();
  await page.getByTestId('end-session-confirm').click();
  await expect(rows).toHaveCount(1);
  await other.goto('/leaderboard');
  await expect(other).toHaveURL(/\/login\?next=%2Fleaderboard/);
  await other.context().close();
  const ended = await withDb((db) => db.auditLog.count({ where: { actorId: user.id, action: 'session.end' } }));
  expect(ended).toBe(1);
});
