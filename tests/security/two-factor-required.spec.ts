// Setting twoFactor.requiredForPrivileged: an admin without a second factor is sent to enrol right after signing in
// and reaches nothing else (pages redirect, actions are refused) until they have enrolled.
// The setting is written to the database directly (no settings page in this branch) and reset at the end; while it
// is on (about 20 s) a demo admin or auditor signing in elsewhere would be sent to enrol too, so this file should
// run when no other spec signs those in (see the report of helper `sessions`).
import { expect, test } from '@playwright/test';
import { signIn } from '../e2e/fixtures';
import { createTestUser, TEST_PASSWORD, totp, withDb } from './support-two-factor';

const KEY = 'twoFactor.requiredForPrivileged';
const SETTINGS_CACHE_MS = 5_000; // lib/settings/settings.server.ts

test('an admin without 2FA is sent to enrol, and can go on once enrolled', async ({ page }) => {
  test.setTimeout(120_000);
  const admin = await createTestUser('admin', 'admin');
  await withDb((db) => db.setting.upsert({ where: { key: KEY }, create: { key: KEY, value: true }, update: { value: true } }));
  try {
    await page.waitForTimeout(SETTINGS_CACHE_MS + 500);
    await signIn(page, admin.username, TEST_PASSWORD);
    await expect(page).toHaveURL(/\/account\/two-factor$/);
    await expect(page.getByTestId('two-factor-required')).toContainText('必须开启两步验证');
    for (const path of ['/admin/users', '/leaderboard', '/account/sessions']) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/account\/two-factor$/);
    }
    await page.getByLabel('当前密码').fill(TEST_PASSWORD);
    await page.getByTestId('two-factor-start').click();
    const key = (await page.getByTestId('totp-key').textContent())!.replace(/\s/g, '');
    await page.getByTestId('totp-code').fill(totp(key));
    await page.getByRole('button', { name: '确认开启' }).click();
    await expect(page.getByTestId('backup-codes')).toBeVisible();
    await page.getByTestId('two-factor-done').click();
    await expect(page).toHaveURL(/\/$/);
    await page.goto('/admin/users');
    await expect(page).toHaveURL(/\/admin\/users$/);
    // required: it cannot be turned off
    await page.goto('/account/two-factor');
    await expect(page.getByTestId('two-factor-on')).toBeVisible();
    await expect(page.getByTestId('two-factor-disable')).toHaveCount(0);
  } finally {
    await withDb((db) => db.setting.deleteMany({ where: { key: KEY } }));
  }
});
