// The shell around every page: sign-in brings you back where you were headed, the favicon, tab titles that name
// what is shown, and a header that fits a phone.
import { expect, type Page } from '@playwright/test';
import { DEMO_PASSWORD, openAccountMenu, screenshot, signInAndLand, test } from './fixtures';

async function firstHref(page: Page, pattern: RegExp): Promise<string> {
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const hit = hrefs.find((h) => pattern.test(h));
  if (!hit) throw new Error(`no link matching ${pattern} on ${page.url()}`);
  return hit;
}

test('a report card opened signed out is where sign-in lands', async ({ browser, page }) => {
  await signInAndLand(page, 'leader1');
  await page.goto('/leaderboard');
  const card = await firstHref(page, /^\/leaderboard\/[^/]+\/units\/[^/]+$/);

  const context = await browser.newContext({ locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const fresh = await context.newPage();
  await fresh.goto(card);
  await expect(fresh).toHaveURL((url) => url.pathname === '/login' && url.searchParams.get('next') === card);
  await fresh.getByLabel('用户名').fill('leader1');
  await fresh.getByLabel('密码').fill(DEMO_PASSWORD);
  await fresh.getByRole('button', { name: '登录', exact: true }).click();
  await expect(fresh).toHaveURL((url) => url.pathname === card);
  await context.close();
});

test('a query string survives the trip, and a foreign next is ignored', async ({ page }) => {
  await page.goto('/leaderboard?kind=final');
  await expect(page).toHaveURL((url) => url.pathname === '/login' && url.searchParams.get('next') === '/leaderboard?kind=final');

  await page.goto('/login?next=%2F%2Fevil.example%2Fx');
  await page.getByLabel('用户名').fill('leader1');
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page).toHaveURL((url) => url.host === new URL(page.url()).host && url.pathname === '/');
  expect(new URL(page.url()).hostname).toBe('127.0.0.1');
});

test('the favicon and the icon the pages link to are served', async ({ page, request }) => {
  expect((await request.get('/favicon.ico')).status()).toBe(200);
  await page.goto('/login');
  const icons = await page.locator('link[rel~="icon"]').evaluateAll((ls) => ls.map((l) => l.getAttribute('href') ?? ''));
  expect(icons.length).toBeGreaterThan(0);
  for (const icon of icons) expect((await request.get(icon)).status(), icon).toBe(200);
});

test('tab titles name what is shown', async ({ page }) => {
  test.setTimeout(180_000); // ten page loads
  await signInAndLand(page, 'admin');
  await expect(page).toHaveTitle('首页 · 擂台');
  await page.goto('/units');
  const unit = await firstHref(page, /^\/units\/[^/]+$/);
  await page.goto(unit);
  await expect(page).toHaveTitle(/^(?!本单位).+ · 填报 · 擂台$/);
  await page.goto('/leaderboard');
  await page.goto(await firstHref(page, /^\/leaderboard\/[^/]+\/units\/[^/]+$/));
  await expect(page).toHaveTitle(/^.+ · \d{4}年[上下]半年成绩单 · 擂台$/);
  await page.goto('/arena');
  await page.goto(await firstHref(page, /^\/arena\/[^/]+$/));
  // the newest arena is shown first: the demo's, or one another spec prepared meanwhile
  await expect(page).toHaveTitle(/擂台 · 筹备 · 擂台$/);
  await page.goto('/admin/periods');
  await page.goto(await firstHref(page, /^\/admin\/periods\/[^/]+$/));
  await expect(page).toHaveTitle(/^\d{4}年[上下]半年 · 考核期设置 · 擂台$/);
  await page.goto('/units/no-such-unit');
  await expect(page).toHaveTitle(/^页面不存在或无权访问 · 擂台$/);
});

test('a unit head sees 本单位填报 on their own submission', async ({ page }) => {
  await signInAndLand(page, 'jsj_head');
  await page.getByRole('link', { name: '本单位填报' }).click();
  await expect(page).toHaveTitle('本单位填报 · 擂台');
});

for (const viewport of [
  { width: 390, height: 844 },
  { width: 1366, height: 768 },
]) {
  test(`the header fits at ${viewport.width}×${viewport.height}; the 账号安全 menu opens, closes with Escape, signs out`, async ({ page }) => {
    await page.setViewportSize(viewport);
    await signInAndLand(page, 'cgj_head');
    const phone = viewport.width < 640;
    const button = page.getByTestId('account-menu-button');
    const panel = page.getByTestId('account-menu-panel');
    // closed: one button with the user's name, none of the old separate links
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    await expect(button).toHaveAccessibleName(/^账号安全：/);
    await expect(panel).toBeHidden();
    await expect(page.getByRole('link', { name: '修改密码' })).toHaveCount(0);
    await screenshot(page, `header-closed-${phone ? '390' : '1366'}`);
    // open: the four entries, 两步验证 with its state; Escape closes and focus returns to the button
    await openAccountMenu(page);
    for (const name of ['修改密码', '我的登录设备', /^两步验证/]) await expect(panel.getByRole('link', { name })).toBeVisible();
    await expect(panel.getByTestId('two-factor-state')).toHaveText('状态：未开启');
    await screenshot(page, `header-open-${phone ? '390' : '1366'}`);
    const panelBox = (await panel.boundingBox())!;
    expect(panelBox.x).toBeGreaterThanOrEqual(0);
    expect(panelBox.x + panelBox.width).toBeLessThanOrEqual(viewport.width);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
    await expect(button).toBeFocused();
    await expect(button).toHaveAttribute('aria-expanded', 'false');
    // keyboard: Enter opens, Tab walks into the panel; a click outside closes
    await page.keyboard.press('Enter');
    await expect(panel).toBeVisible();
    await page.keyboard.press('Tab');
    await expect(panel.getByRole('link', { name: '修改密码' })).toBeFocused();
    await page.mouse.click(5, viewport.height - 5);
    await expect(panel).toBeHidden();
    await openAccountMenu(page);
    const signOut = panel.getByRole('button', { name: '退出登录' });
    await expect(signOut).toBeVisible();
    const [box, lineHeight] = await signOut.evaluate((el) => {
      const cs = getComputedStyle(el);
      return [el.getBoundingClientRect(), parseFloat(cs.lineHeight) + parseFloat(cs.paddingTop) + parseFloat(cs.paddingBottom) + 2] as const;
    });
    expect(box.height, '退出 is one line high').toBeLessThanOrEqual(lineHeight + 0.5);
    expect(box.right).toBeLessThanOrEqual(viewport.width);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
    await expect(page.getByTestId('current-user-menu')).toBeVisible();
    // signing out from here works
    await signOut.click();
    await expect(page).toHaveURL(/\/login$/);
  });
}
