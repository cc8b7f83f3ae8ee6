// Sign-in, role homes, sign-out and refusals, in real Chromium with the zh-CN locale.
import { expect } from '@playwright/test';
import { openAccountMenu, screenshot, signIn, signInAndLand, test } from './fixtures';

const ROLES = [
  { username: 'admin', role: 'admin', label: '考核办管理员', home: '报送进度' },
  { username: 'jsj_head', role: 'unit_head', label: '单位负责人', home: '2026年上半年 填报' },
  { username: 'jsj_staff', role: 'unit_staff', label: '填报员', home: '2026年上半年 填报' },
  { username: 'leader1', role: 'leader', label: '区领导', home: '2025年下半年 正式排名' },
  { username: 'judge1', role: 'judge', label: '评委', home: '我参与评分的擂台' },
  { username: 'auditor', role: 'auditor', label: '审计员', home: '最新审计记录' },
] as const;

test('the sign-in page is in Chinese', async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('heading', { name: '登录' })).toBeVisible();
  await expect(page.getByLabel('用户名')).toBeVisible();
  await expect(page).toHaveTitle(/擂台/);
  await screenshot(page, 'login-1366');
});

for (const r of ROLES) {
  test(`${r.username} (${r.role}) signs in and lands on their home`, async ({ page }) => {
    await signInAndLand(page, r.username);
    await expect(page.getByTestId(`home-${r.role}`)).toBeVisible();
    await expect(page.getByTestId('current-user')).toContainText(r.label);
    await expect(page.getByTestId('current-period')).toContainText('2026年上半年');
    await expect(page.getByText(r.home).first()).toBeVisible();
    await screenshot(page, `home-${r.role}-1366`);
  });
}

test.describe('failed sign-ins', () => {
  // these fail on purpose: from their own address (the e2e server trusts X-Forwarded-For), so that 127.0.0.1, where
  // every other test signs in, never collects failures and never sees a CAPTCHA
  test.use({ extraHTTPHeaders: { 'X-Forwarded-For': '198.18.0.12' } });

  test('a wrong password shows a Chinese error and stays on the sign-in page', async ({ page }) => {
    await signIn(page, 'admin', 'not-the-password');
    await expect(page.getByRole('alert').filter({ hasText: '用户名或密码错误' })).toBeVisible();
    await expect(page).toHaveURL(/\/login/);
    await expect(page.getByLabel('用户名')).toHaveValue('admin');
  });

  test('an unknown username gets exactly the same message as a wrong password', async ({ page }) => {
    await signIn(page, 'nobody_here', 'whatever123');
    const alert = page.getByRole('alert').filter({ hasText: '用户名' });
    await expect(alert).toHaveText('用户名或密码错误，或账号已停用。');
    await expect(page).toHaveURL(/\/login/);
  });
});

test('sign-out ends the session; going back shows no data', async ({ page }) => {
  await signInAndLand(page, 'jsj_head');
  await page.getByRole('link', { name: '本单位填报' }).click();
  await expect(page.getByTestId('indicator-table')).toBeVisible();
  const unitUrl = page.url();

  await openAccountMenu(page);
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login$/);

  await page.goBack();
  await expect(page.getByTestId('indicator-table')).toHaveCount(0);
  await expect(page.getByText('泰和高新区建设局')).toHaveCount(0);

  await page.goto(unitUrl);
  await expect(page).toHaveURL((url) => url.pathname === '/login' && url.searchParams.get('next') === new URL(unitUrl).pathname);
  await expect(page.getByTestId('indicator-table')).toHaveCount(0);
});

test("a unit head opening another unit's page is refused and learns nothing", async ({ page, browser }) => {
  // find the approval department's page as the admin sees it
  const adminContext = await browser.newContext();
  const adminPage = await adminContext.newPage();
  await signInAndLand(adminPage, 'admin');
  await adminPage.goto('/units');
  const href = await adminPage.getByRole('link', { name: '泰和高新区行政审批局' }).getAttribute('href');
  await adminContext.close();
  expect(href).toMatch(/^\/units\/.+/);

  await signInAndLand(page, 'jsj_head');
  const response = await page.goto(href!);
  expect(response?.status()).toBe(404);
  await expect(page.getByTestId('error-title')).toHaveText('页面不存在或无权访问');
  await expect(page.getByText('行政审批局')).toHaveCount(0);
  await expect(page.getByTestId('indicator-table')).toHaveCount(0);

  // a made-up id looks exactly the same
  const missing = await page.goto('/units/does-not-exist');
  expect(missing?.status()).toBe(404);
  await expect(page.getByTestId('error-title')).toHaveText('页面不存在或无权访问');
});

test('a role without the permission gets 403 (a judge opening the audit log)', async ({ page }) => {
  await signInAndLand(page, 'judge1');
  const response = await page.goto('/audit');
  expect(response?.status()).toBe(403);
  await expect(page.getByTestId('error-title')).toHaveText('无权访问');
});

test('the language switch turns the interface to English and back', async ({ page }) => {
  await signInAndLand(page, 'leader1');
  await page.getByRole('button', { name: 'EN' }).click();
  await expect(page.getByTestId('current-user')).toContainText('District leader');
  await openAccountMenu(page);
  await expect(page.getByRole('button', { name: 'Sign out' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByTestId('current-user')).toContainText('区领导');
  await openAccountMenu(page);
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
});

test('health reports the database, its provider and no pending migrations', async ({ request }) => {
  const res = await request.get('/api/health');
  expect(res.status()).toBe(200);
  expect(await res.json()).toEqual({ status: 'ok', database: { reachable: true, provider: 'sqlite' }, pendingMigrations: 0 });
});

test.describe('on a 390-wide phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test('a unit head reads home and their unit without sideways scrolling', async ({ page }) => {
    await signInAndLand(page, 'sjj_head');
    await expect(page.getByTestId('countdown')).toContainText('已逾期');
    await screenshot(page, 'home-unit_head-390');
    await page.getByRole('link', { name: '本单位填报' }).click();
    await expect(page.getByTestId('indicator-row').first()).toBeVisible(); // a draft: the form
    await screenshot(page, 'unit-page-390');
  });
});
