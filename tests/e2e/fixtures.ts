// Shared steps for browser tests: sign in as a demo account, save a screenshot artifact; and the suite's `test`, which
// fails any test during which a page broke the Content-Security-Policy (docs/decisions/016-http-hardening.md).
import fs from 'node:fs';
import path from 'node:path';
import { test as base, expect, type BrowserContext, type Page } from '@playwright/test';

const CSP_BINDING = '__leitaiCspViolation';
const watched = new WeakSet<BrowserContext>();

/** Record every CSP violation in this context's pages: the DOM event (with the directive and what was blocked) and Chromium's "Refused to …" console errors. */
async function watchCsp(context: BrowserContext, found: string[]) {
  if (watched.has(context)) return;
  watched.add(context);
  await context.exposeBinding(CSP_BINDING, (_source, v: string) => void found.push(v));
  await context.addInitScript((binding) => {
    document.addEventListener(
      'securitypolicyviolation',
      (e) => {
        const report = (window as unknown as Record<string, (v: string) => void>)[binding];
        const where = e.sourceFile ? ` (${e.sourceFile}:${e.lineNumber})` : '';
        report?.(`${location.pathname}: ${e.effectiveDirective} blocked ${e.blockedURI || 'inline'}${where}${e.sample ? ` — ${e.sample}` : ''}`);
      },
      true,
    );
  }, CSP_BINDING);
  context.on('console', (msg) => {
    if (msg.type() === 'error' && /Refused to|Content Security Policy/i.test(msg.text())) found.push(`console: ${msg.text()}`);
  });
}

/**
 * Playwright's `test` with an automatic CSP guard: every browser context the test opens (the default one, and those
 * from browser.newContext / browser.newPage) is watched, and the test fails if any page reported a violation.
 */
export const test = base.extend<{ cspViolations: string[] }>({
  cspViolations: [
    async ({ browser }, provide) => {
      const found: string[] = [];
      const newContext = browser.newContext;
      browser.newContext = async function (this: typeof browser, ...args: Parameters<typeof newContext>) {
        const context = await newContext.apply(this, args);
        await watchCsp(context, found);
        return context;
      };
      try {
        await provide(found);
      } finally {
        browser.newContext = newContext;
      }
      expect(found, 'Content-Security-Policy violations').toEqual([]);
    },
    { auto: true },
  ],
  context: async ({ context, cspViolations }, provide) => {
    await watchCsp(context, cspViolations);
    await provide(context);
  },
});

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

/** Opens the header's 账号安全 menu (the user's name); retried until the button reports aria-expanded (hydration). */
export async function openAccountMenu(page: Page) {
  const button = page.getByTestId('account-menu-button');
  await expect(async () => {
    if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
    await expect(button).toHaveAttribute('aria-expanded', 'true', { timeout: 1000 });
  }).toPass({ timeout: 15_000 });
  await expect(page.getByTestId('account-menu-panel')).toBeVisible();
}

/** Signs out through the 账号安全 menu and waits for the sign-in page. */
export async function signOutViaMenu(page: Page) {
  await openAccountMenu(page);
  await page.getByTestId('sign-out').click();
  await expect(page).toHaveURL(/\/login/);
}
