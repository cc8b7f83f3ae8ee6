// Shared by the benches that start the app: wait until a URL answers 200; sign in as a leader.
export async function waitFor(url: string, tries = 120): Promise<void> {
  for (let i = 0; i < tries; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error(`${url} did not come up`);
}

/** A leader's session cookie, obtained by signing in through the real sign-in page in Chromium. */
export async function leaderSessionCookie(base: string): Promise<string> {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/login`);
    await page.fill('input[name=username]', 'leader1');
    await page.fill('input[name=password]', 'Leitai@2026');
    await page.click('form:has(input[name=password]) button[type=submit]');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  } finally {
    await browser.close();
  }
}
