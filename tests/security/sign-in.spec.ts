// Sign-in guard in the browser against the real server (issue #12 Found 2): the CAPTCHA appears after 3 failures with a
// Chinese label, a wrong answer is refused in Chinese, and the administrator unlocks a locked account on its page.
// Each test fails from its own address (X-Forwarded-For; the e2e server trusts it) so 127.0.0.1 stays clean.
import path from 'node:path';
import Database from 'better-sqlite3';
import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, screenshot, signIn, signInAndLand } from '../e2e/fixtures';

const dbFile = path.resolve('data', `e2e-${process.env.E2E_PORT ?? '3100'}.db`);

test.describe('CAPTCHA after 3 failures', () => {
  test.use({ extraHTTPHeaders: { 'X-Forwarded-For': '198.18.7.1' } });

  test('the login page asks for a CAPTCHA and refuses a wrong answer in Chinese', async ({ page }) => {
    for (let i = 0; i < 3; i++) {
      await signIn(page, 'ghost_visitor', `wrong-${i}`);
      await expect(page.locator('form [role=alert]')).toHaveText('用户名或密码错误，或账号已停用。');
    }
    // the third failure brings the CAPTCHA into the form
    await expect(page.getByLabel('验证码')).toBeVisible();
    await expect(page.getByTestId('captcha-image')).toBeVisible();
    await expect(page.getByRole('button', { name: '换一张' })).toBeVisible();

    // a fresh page from this address shows it from the start
    await page.goto('/login');
    const image = page.getByTestId('captcha-image');
    await expect(image).toBeVisible();
    const first = await image.getAttribute('src');
    await page.getByRole('button', { name: '换一张' }).click();
    await expect(image).not.toHaveAttribute('src', first!);
    await screenshot(page, 'login-captcha-1366');

    // no answer, then a wrong answer: refused without checking the password
    await page.getByLabel('用户名').fill('ghost_visitor');
    await page.getByLabel('密码').fill('whatever-123');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect(page.locator('form [role=alert]')).toHaveText('登录失败次数较多，请输入验证码后再登录。');
    await page.getByLabel('密码').fill('whatever-123');
    await page.getByLabel('验证码').fill('zzzz');
    await page.getByRole('button', { name: '登录', exact: true }).click();
    await expect(page.locator('form [role=alert]')).toHaveText('验证码错误或已过期，请按新图片重新输入。');
    await expect(page.getByTestId('captcha-image')).toBeVisible();
  });

  test.describe('on a 390-wide phone', () => {
    test.use({ viewport: { width: 390, height: 844 }, extraHTTPHeaders: { 'X-Forwarded-For': '198.18.7.2' } });

    test('the CAPTCHA fits the phone', async ({ page }) => {
      for (let i = 0; i < 3; i++) await signIn(page, `ghost_phone${i}`, 'wrong-password');
      await page.goto('/login');
      await expect(page.getByTestId('captcha-image')).toBeVisible();
      await screenshot(page, 'login-captcha-390');
    });
  });
});

test.describe('admin unlock', () => {
  test.use({ extraHTTPHeaders: { 'X-Forwarded-For': '198.18.7.3' } });

  test('a locked account is refused, the administrator unlocks it on its page, then it signs in', async ({ page, browser }) => {
    // leader4 (used by no other test) locked as after 5 failures: written into the server's database directly
    const db = new Database(dbFile);
    const user = db.prepare('SELECT id FROM "user" WHERE username = ?').get('leader4') as { id: string };
    const now = new Date();
    const until = new Date(now.getTime() + 15 * 60_000);
    db.prepare(
      `INSERT INTO "SignInGuard" ("key", "failures", "windowStart", "lockedUntil", "updatedAt") VALUES (?, 5, ?, ?, ?)
       ON CONFLICT ("key") DO UPDATE SET "failures" = 5, "windowStart" = excluded."windowStart", "lockedUntil" = excluded."lockedUntil"`,
    ).run('user:leader4', now.toISOString(), until.toISOString(), now.toISOString());
    db.close();

    await signIn(page, 'leader4', DEMO_PASSWORD);
    await expect(page.locator('form [role=alert]')).toContainText('该账号登录失败次数过多，已暂时锁定');
    await expect(page.locator('form [role=alert]')).toContainText('约 15 分钟后');

    const admin = await (await browser.newContext()).newPage();
    await signInAndLand(admin, 'admin');
    await admin.goto(`/admin/users/${user.id}`);
    const card = admin.getByTestId('sign-in-lock');
    await expect(card).toContainText('已锁定');
    await expect(card).toContainText('登录失败 5 次');
    await screenshot(admin, 'admin-user-sign-in-lock-1366');
    await card.getByRole('button', { name: '解除锁定' }).click();
    await expect(card).toContainText('未锁定');
    await admin.reload();
    await expect(admin.getByTestId('sign-in-lock')).toContainText('未锁定');
    await admin.context().close();

    await signInAndLand(page, 'leader4');
  });
});
