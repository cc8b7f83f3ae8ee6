// The live arena as the hall sees it: the admin prepares a three-speaker meeting and hosts it; the big screen and
// two judges' phones follow by themselves; one judge reloads mid-meeting; the screen ends on the final results.
import { expect, type Browser, type Page } from '@playwright/test';
import { screenshot, signInAndLand, test } from './fixtures';

const SPEAKERS = ['jsj', 'kcj', 'ctjt'] as const; // 建设局, 科创局, 城投集团

async function as(browser: Browser, username: string, viewport = { width: 1366, height: 768 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await signInAndLand(page, username);
  return page;
}

async function score(judge: Page, values: [number, number, number]) {
  const inputs = judge.getByTestId('criterion-input');
  await expect(inputs).toHaveCount(3);
  for (const [i, v] of values.entries()) await inputs.nth(i).fill(String(v));
  await judge.getByTestId('score-submit').click();
  await expect(judge.getByTestId('score-saved')).toBeVisible();
  await expect(judge.getByTestId('score-form')).toContainText('修改评分');
}

/** The big screen's gaps at 1920×1080: large type, and the first gap whole (not clamped to two lines). */
async function expectGapsReadableFromTheBack(screen: Page) {
  const first = screen.getByTestId('screen-gaps').locator('li').first();
  await expect(first).toBeVisible();
  const m = await first.evaluate((li) => {
    const text = li.firstElementChild as HTMLElement;
    const cs = getComputedStyle(text);
    return {
      size: parseFloat(cs.fontSize),
      line: parseFloat(cs.lineHeight),
      height: text.getBoundingClientRect().height,
      cut: li.scrollHeight > li.clientHeight + 1 || text.scrollHeight > text.clientHeight + 1,
    };
  });
  expect(m.size, 'gap text size in px').toBeGreaterThanOrEqual(28);
  expect(m.cut, 'the first gap is shown whole').toBe(false);
  expect(m.height / m.line, 'lines of the first gap').toBeGreaterThan(2.5);
  await screenshot(screen, 'arena-screen-speaker-1920');
}

test('a three-speaker meeting runs from preparation to the final results on host, screen and two phones', async ({ browser }) => {
  test.setTimeout(240_000);
  const host = await as(browser, 'admin');

  // ── preparation: three speakers, two judges, order drawn by lot ──
  await host.goto('/arena');
  await screenshot(host, 'arena-list-1366');
  await host.locator('[data-testid="arena-card"][data-state="prep"]').getByTestId('arena-link-prep').click();
  const units = host.getByTestId('prep-participants');
  await expect(units).toBeVisible();
  for (const row of await units.getByTestId('participant-row').all()) {
    const code = await row.getAttribute('data-unit-code');
    await row.getByTestId('participant-checkbox').setChecked(SPEAKERS.includes(code as (typeof SPEAKERS)[number]));
  }
  await expect(host.getByTestId('participants-selected-count')).toContainText('3');
  await host.getByTestId('participants-save').click();
  await expect(host.getByTestId('prep-order').getByTestId('order-row')).toHaveCount(3);

  const judges = host.getByTestId('prep-judges');
  for (const row of await judges.getByTestId('judge-row').all()) {
    const username = await row.getAttribute('data-username');
    await row.getByTestId('judge-checkbox').setChecked(username === 'judge1' || username === 'judge2');
  }
  await host.getByTestId('judges-save').click();
  await expect(judges.locator('[data-testid="judge-row"][data-selected="true"]')).toHaveCount(2);

  await host.getByTestId('draw-button').click();
  await expect(host.getByTestId('draw-seed')).not.toBeEmpty();
  const seed = (await host.getByTestId('draw-seed').textContent())?.trim();
  expect(seed).toBeTruthy();
  await screenshot(host, 'arena-prep-1366');
  await host.setViewportSize({ width: 390, height: 844 });
  await screenshot(host, 'arena-prep-390');
  await host.setViewportSize({ width: 1366, height: 768 });

  const arenaUrl = host.url();
  const arenaId = new URL(arenaUrl).pathname.split('/')[2] as string;

  // ── the screen and the judges open their pages before the start and are never touched again ──
  const screen = await as(browser, 'leader1', { width: 1920, height: 1080 });
  await screen.goto(`/screen/${arenaId}`);
  await expect(screen.getByTestId('big-screen')).toHaveAttribute('data-state', 'prep');
  await expect(screen.getByTestId('screen-waiting')).toContainText('擂台赛即将开始');

  const judge1 = await as(browser, 'judge1', { width: 390, height: 844 });
  await judge1.goto(`/arena/${arenaId}/judge`);
  await expect(judge1.getByTestId('judge-waiting')).toBeVisible();
  const judge2 = await as(browser, 'judge2', { width: 390, height: 844 });
  await judge2.goto(`/arena/${arenaId}/judge`);
  for (const p of [screen, judge1, judge2]) await expect(p.getByTestId('connection')).toHaveAttribute('data-connection', 'live');

  await host.getByTestId('start-arena').click();
  await host.getByTestId('start-arena-confirm').click();
  await expect(host).toHaveURL(new RegExp(`/arena/${arenaId}/host$`));
  await expect(host.getByTestId('host-console')).toHaveAttribute('data-state', 'live');

  const spoken: string[] = [];
  for (let round = 0; round < 3; round++) {
    await host.getByTestId('host-next').click();
    await expect(host.getByTestId('host-current')).toHaveAttribute('data-order', String(round + 1));
    await expect(host.getByTestId('host-current')).toHaveAttribute('data-speaker-state', 'speaking');
    const unit = (await host.getByTestId('host-current-unit').textContent())?.trim() ?? '';
    expect(unit).not.toBe('');
    spoken.push(unit);
    // everyone follows by themselves
    await expect(screen.getByTestId('screen-unit')).toHaveText(unit);
    if (round === 0) await expectGapsReadableFromTheBack(screen);
    await expect(screen.getByTestId('screen-scored')).toHaveText('已评 0/2');
    await expect(screen.getByTestId('countdown')).toBeVisible();
    await expect(judge1.getByTestId('judge-unit')).toHaveText(unit);
    await expect(judge2.getByTestId('judge-unit')).toHaveText(unit);

    await score(judge1, [35 - round, 26, 25.5]);
    await expect(screen.getByTestId('screen-scored')).toHaveText('已评 1/2');
    await expect(host.getByTestId('host-scored')).toHaveText('已评 1/2');

    if (round === 1) {
      // judge 2 reloads mid-meeting: the page comes back on the current speaker, still live
      await judge2.reload();
      await expect(judge2.getByTestId('judge-unit')).toHaveText(unit);
      await expect(judge2.getByTestId('connection')).toHaveAttribute('data-connection', 'live');
      // a score above the maximum is refused in Chinese and what was typed stays
      await judge2.getByTestId('criterion-input').first().fill('45');
      await expect(judge2.getByTestId('field-error').first()).toContainText('须在 0 到 40 之间');
    }
    await score(judge2, [33, 27 - round, 24]);
    if (round === 0) {
      // revisable until the host closes the speaker: one sheet, a new version
      await judge2.getByTestId('criterion-input').nth(2).fill('26');
      await judge2.getByTestId('score-submit').click();
      await expect(judge2.getByTestId('score-form')).toContainText('已提交第 2 版');
      if (round === 0) await screenshot(judge2, 'arena-judge-390');
    }
    await expect(screen.getByTestId('screen-scored')).toHaveText('已评 2/2');
    await expect(host.getByTestId('host-judge').filter({ hasText: '赵雅琴' })).toHaveAttribute('data-scored', 'true');
    if (round === 0) await screenshot(host, 'arena-host-live-1366');

    await host.getByTestId('host-close').click();
    await expect(screen.getByTestId('screen-result')).toBeVisible();
    await expect(screen.getByTestId('screen-ranking-row')).toHaveCount(round + 1);
    await expect(judge1.getByTestId('judge-blocked')).toHaveAttribute('data-reason', 'closed');
    if (round === 0) await screenshot(screen, 'arena-screen-1920');
  }

  // a closed speaker cannot be scored any more (the phone says so; the server refuses it too — integration tests)
  await expect(judge2.getByTestId('score-form')).toHaveCount(0);
  expect(new Set(spoken).size).toBe(3);

  await host.getByTestId('host-finish').click();
  await expect(host.getByTestId('host-finished')).toBeVisible();
  await expect(screen.getByTestId('screen-final')).toBeVisible();
  await expect(screen.getByTestId('final-row')).toHaveCount(3);
  await expect(judge1.getByTestId('judge-finished')).toBeVisible();
  await screenshot(screen, 'arena-screen-final-1920');
  await screenshot(host, 'arena-host-1366');

  // the panel scores are in the leaderboard now (no longer 暂定 for these three)
  await host.goto('/leaderboard');
  for (const unit of spoken) {
    await expect(host.getByTestId('ranking-row').filter({ hasText: unit }).first()).not.toContainText('暂定');
  }
});
