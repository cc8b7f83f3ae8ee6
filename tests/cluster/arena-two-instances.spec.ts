// Several stateless instances share one meeting through PostgreSQL LISTEN/NOTIFY: the host and a judge work on
// instance A, the big screen hangs on instance B, and B's screen follows every step.
import { expect, test, type Browser, type Page } from '@playwright/test';
import { CLUSTER_PORTS } from '../../playwright.cluster.config';
import { DEMO_PASSWORD } from '../e2e/fixtures';

const [A, B] = CLUSTER_PORTS.map((p) => `http://127.0.0.1:${p}`) as [string, string];

async function signedIn(browser: Browser, base: string, username: string, viewport = { width: 1366, height: 768 }): Promise<Page> {
  const page = await (await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' })).newPage();
  await page.goto(`${base}/login`);
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录', exact: true }).click();
  await expect(page).toHaveURL(`${base}/`);
  return page;
}

test('a three-speaker meeting on two instances: what happens through A appears on a screen connected to B, and back', async ({ browser }) => {
  const host = await signedIn(browser, A, 'admin');
  await host.goto(`${A}/arena`);
  const card = host.locator('[data-testid="arena-card"][data-state="prep"]');
  const arenaId = await card.getAttribute('data-arena-id');
  expect(arenaId).toBeTruthy();

  const screen = await signedIn(browser, B, 'leader1', { width: 1920, height: 1080 });
  await screen.goto(`${B}/screen/${arenaId}`);
  await expect(screen.getByTestId('connection')).toHaveAttribute('data-connection', 'live');

  // the host starts the meeting on A: B's screen leaves its waiting view
  await host.goto(`${A}/arena/${arenaId}/host`);
  await host.getByTestId('host-start').click();
  await expect(host.getByTestId('host-console')).toHaveAttribute('data-state', 'live');
  await host.getByTestId('host-next').click();
  await expect(host.getByTestId('host-current')).toHaveAttribute('data-speaker-state', 'speaking');
  const unit = (await host.getByTestId('host-current-unit').textContent())!.trim();
  await expect(screen.getByTestId('screen-unit')).toHaveText(unit);
  const total = (await screen.getByTestId('screen-scored').textContent())!.match(/\/(\d+)/)![1];

  // a judge scores through A …
  const judge = await signedIn(browser, A, 'judge1', { width: 390, height: 844 });
  await judge.goto(`${A}/arena/${arenaId}/judge`);
  for (const [i, v] of [36, 27, 26].entries()) await judge.getByTestId('criterion-input').nth(i).fill(String(v));
  await judge.getByTestId('score-submit').click();
  await expect(judge.getByTestId('score-saved')).toBeVisible();
  // … and B's screen counts it, without a reload
  await expect(screen.getByTestId('screen-scored')).toHaveText(`已评 1/${total}`);

  // and the other way round: a judge on B, the host's console on A
  const judge2 = await signedIn(browser, B, 'judge2', { width: 390, height: 844 });
  await judge2.goto(`${B}/arena/${arenaId}/judge`);
  for (const [i, v] of [30, 25, 24].entries()) await judge2.getByTestId('criterion-input').nth(i).fill(String(v));
  await judge2.getByTestId('score-submit').click();
  await expect(judge2.getByTestId('score-saved')).toBeVisible();
  await expect(host.getByTestId('host-scored')).toHaveText(`已评 2/${total}`);
  await expect(screen.getByTestId('screen-scored')).toHaveText(`已评 2/${total}`);

  // closing on A shows the panel score on B's screen
  const close = async () => {
    await host.getByTestId('host-close-early').getByRole('button').click();
    await host.getByTestId('host-close-early').getByRole('button', { name: '结束评分' }).click();
    await expect(screen.getByTestId('screen-result')).toBeVisible();
  };
  await close();
  await expect(screen.getByTestId('screen-ranking-row')).toHaveCount(1);

  // two more speakers, the judges on different instances, then the host ends the meeting after three
  for (let round = 2; round <= 3; round++) {
    await host.getByTestId('host-next').click();
    await expect(host.getByTestId('host-current')).toHaveAttribute('data-order', String(round));
    const next = (await host.getByTestId('host-current-unit').textContent())!.trim();
    await expect(screen.getByTestId('screen-unit')).toHaveText(next);
    for (const [j, values] of [
      [judge, [35, 26, 25]],
      [judge2, [31, 24, 27]],
    ] as const) {
      await expect(j.getByTestId('judge-unit')).toHaveText(next);
      for (const [i, v] of values.entries()) await j.getByTestId('criterion-input').nth(i).fill(String(v));
      await j.getByTestId('score-submit').click();
      await expect(j.getByTestId('score-saved')).toBeVisible();
    }
    await expect(screen.getByTestId('screen-scored')).toHaveText(`已评 2/${total}`);
    await close();
    await expect(screen.getByTestId('screen-ranking-row')).toHaveCount(round);
  }
  await host.getByRole('button', { name: '提前结束擂台赛' }).click();
  await host.getByRole('button', { name: '仍然结束' }).click();
  await expect(screen.getByTestId('screen-final')).toBeVisible();
  await expect(screen.getByTestId('final-row')).toHaveCount(3);
  await expect(judge2.getByTestId('judge-finished')).toBeVisible();
});
