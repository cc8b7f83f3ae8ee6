// Shared by the benches that start the app: wait until a URL answers 200; sign in; the server's memory.
import fs from 'node:fs';
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

/** A user's session cookie, obtained by signing in through the real sign-in page in Chromium. */
export async function sessionCookie(base: string, username: string): Promise<string> {
  const { chromium } = await import('@playwright/test');
  const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage();
    await page.goto(`${base}/login`);
    await page.fill('input[name=username]', username);
    await page.fill('input[name=password]', 'Leitai@2026');
    await page.click('form:has(input[name=password]) button[type=submit]');
    await page.waitForURL((u) => !u.pathname.startsWith('/login'));
    return (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
  } finally {
    await browser.close();
  }
}

/** A leader's session cookie (leader1). */
export const leaderSessionCookie = (base: string) => sessionCookie(base, 'leader1');

/** A process's resident memory now, in MB (Linux /proc). */
export function rssMb(pid: number): number {
  const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
  return m ? Number(m[1]) / 1024 : NaN;
}

/** Run `fn` while sampling a process's RSS every 20 ms; the peak seen and the wall time. */
export async function sampled<T>(pid: number, fn: () => Promise<T>): Promise<{ value: T; peak: number; ms: number }> {
  let peak = rssMb(pid);
  const timer = setInterval(() => (peak = Math.max(peak, rssMb(pid))), 20);
  const t0 = performance.now();
  try {
    const value = await fn();
    return { value, peak: Math.max(peak, rssMb(pid)), ms: performance.now() - t0 };
  } finally {
    clearInterval(timer);
  }
}
