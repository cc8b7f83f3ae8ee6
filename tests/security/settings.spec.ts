// The settings page (系统设置) as the 安全管理员 uses it, and 三员分立 seen from the browser: with it on, the 考核办
// admin gets 403 on the user pages. Every value changed here is put back (other specs share this server).
import { expect, test, type Page } from '@playwright/test';
import { screenshot, signInAndLand } from '../e2e/fixtures';

test.describe.configure({ mode: 'serial' });

const SEPARATION = '由安全管理员单独管理账号（三员分立）';

async function openSettings(page: Page) {
  await page.getByRole('navigation').getByRole('link', { name: '账号与安全' }).first().click();
  await expect(page.getByTestId('security-hub')).toBeVisible();
  await page.getByTestId('settings-card').click();
  await expect(page.getByRole('heading', { name: '系统设置', level: 1 })).toBeVisible();
}

async function save(page: Page) {
  await page.getByRole('button', { name: '保存设置' }).click();
}

test('secadmin sets 空闲超时 to 20 分钟 and it is kept; a bad value gets a Chinese message and stays typed', async ({ page }) => {
  await signInAndLand(page, 'secadmin');
  await expect(page.getByTestId('home-security_admin')).toBeVisible();
  await openSettings(page);
  for (const group of ['登录与会话', '两步验证', '网络', '三员分立', '备份']) await expect(page.getByRole('heading', { name: group, level: 2 })).toBeVisible();
  await screenshot(page, 'settings-1366');

  const idle = page.getByLabel('空闲超时');
  await expect(idle).toHaveValue('30');
  await expect(page.locator('[data-setting="session.idleMinutes"]')).toContainText('分钟');
  try {
    await idle.fill('3');
    await save(page);
    await expect(page.getByTestId('form-error')).toContainText('输入有误');
    await expect(page.locator('[data-setting="session.idleMinutes"]').getByTestId('field-error')).toHaveText('请填写 5 到 240 之间的整数。');
    await expect(idle).toHaveValue('3');
    await idle.fill('二十');
    await save(page);
    await expect(page.locator('[data-setting="session.idleMinutes"]').getByTestId('field-error')).toHaveText('请填写整数（不带小数点和单位）。');

    await idle.fill('20');
    await save(page);
    await expect(page.getByTestId('form-notice')).toHaveText('设置已保存，立即生效。');
    await page.reload();
    await expect(page.getByLabel('空闲超时')).toHaveValue('20');
    await page.setViewportSize({ width: 390, height: 844 });
    await screenshot(page, 'settings-390');
  } finally {
    await page.setViewportSize({ width: 1366, height: 768 });
    await page.goto('/admin/settings');
    await page.getByLabel('空闲超时').fill('30');
    await save(page);
    await expect(page.getByTestId('form-notice')).toBeVisible();
  }
});

test('with 三员分立 on, the admin gets 403 on /admin/users and loses the tab; the 安全管理员 keeps it', async ({ browser }) => {
  const sec = await browser.newPage();
  const admin = await browser.newPage();
  await signInAndLand(sec, 'secadmin');
  await signInAndLand(admin, 'admin');
  await sec.goto('/admin/settings');
  const toggle = sec.getByLabel(SEPARATION);
  await expect(toggle).toHaveAttribute('aria-checked', 'false');
  try {
    await toggle.click();
    await expect(sec.getByTestId('security-admin-count')).toContainText('开启后，考核办管理员将不能再管理账号');
    await save(sec);
    await expect(sec.getByTestId('form-notice')).toBeVisible();

    const res = await admin.goto('/admin/users');
    expect(res?.status()).toBe(403);
    expect((await admin.goto('/admin/settings'))?.status()).toBe(403);
    await admin.goto('/admin');
    await expect(admin.getByRole('navigation', { name: 'setup' }).getByRole('link', { name: '用户账号' })).toHaveCount(0);
    await expect(admin.getByTestId('settings-card')).toHaveCount(0);

    expect((await sec.goto('/admin/users'))?.status()).toBe(200);
    await expect(sec.getByTestId('users-table')).toBeVisible();
    // nothing of the business for the 安全管理员
    expect((await sec.goto('/admin/periods'))?.status()).toBe(403);
    expect((await sec.goto('/audit'))?.status()).toBe(403);
  } finally {
    await sec.goto('/admin/settings');
    const t = sec.getByLabel(SEPARATION);
    if ((await t.getAttribute('aria-checked')) === 'true') {
      await t.click();
      await save(sec);
      await expect(sec.getByTestId('form-notice')).toBeVisible();
    }
  }
  expect((await admin.goto('/admin/users'))?.status()).toBe(200);
});
