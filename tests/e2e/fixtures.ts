// Shared steps for browser tests: sign in as a demo account, save a screenshot artifact.
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Leitai@2026';
export const SCREENSHOT_DIR = path.resolve('tests/artifacts/screenshots');

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录', exact: true }).click();
}

export async function signInAndLand(page: Page, username: string) {
  await signIn(page, username);
  await expect(page).toHaveURL(/\/$/);
}

/** Full-page screenshot kept under tests/artifacts/screenshots; also asserts nothing overflows sideways. */
export async function screenshot(page: Page, name: string) {
  fs.mkdirSync(SCREENSHOT_DIR, { recursive: true });
  await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${name}.png`), fullPage: true });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow, `${name} overflows horizontally by ${overflow}px`).toBeLessThanOrEqual(0);
}
