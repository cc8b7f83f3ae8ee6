// A ledger-fed indicator in the browser (DESIGN §8, issue #11 items 5–6): the admin makes one of 人社局's indicators
// take its actual from the problem ledger (a wrong unit of measure is refused in Chinese); the unit sees the computed
// value read-only with its derivation and submits; the report card explains it ("按期办结 a / 办结 b = x%") with the
// 对企服务 section beside it — the same numbers; the big screen shows the speaking unit's figures.
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';
import { createClient } from '@/lib/db/client';
import { screenshot, signInAndLand, test } from './fixtures';

const UNIT = '泰和高新区人力资源和社会保障局';
const OPEN = '2026年上半年';
const INDICATOR_KEY = 'rsj_arbitration';
// the e2e server's database; `npm run test:pg` runs this spec against PostgreSQL and names it (playwright.cluster.config.ts)
const DB_URL = process.env.E2E_DATABASE_URL ?? `file:${path.resolve('data', `e2e-${process.env.E2E_PORT ?? '3100'}.db`)}`;

async function as(browser: Browser, username: string, viewport = { width: 1366, height: 768 }) {
  // a context of its own (axe needs one made by browser.newContext)
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await signInAndLand(page, username);
  return page;
}

async function ids(page: Page) {
  await page.goto('/admin/periods');
  const href = await page.getByRole('link', { name: OPEN, exact: true }).first().getAttribute('href');
  await page.goto('/units');
  const unitHref = await page.getByRole('link', { name: UNIT, exact: true }).first().getAttribute('href');
  return { periodId: href!.split('/').pop()!, unitId: unitHref!.split('/').pop()! };
}

/** axe (WCAG 2.1 A/AA): no serious or critical violation on the page as it is now (as tests/e2e/a11y.spec.ts). */
async function expectAccessible(page: Page) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious).toEqual([]);
}

/** "按期办结 3 / 办结 4 = 75%" → [3, 4] */
function counts(text: string): [number, number] {
  const m = /按期办结 (\d+) \/ 办结 (\d+)/.exec(text);
  expect(m, text).not.toBeNull();
  return [Number(m![1]), Number(m![2])];
}

test('ledger-fed indicator: set up, computed read-only, frozen on submit, explained on the report card and shown on the big screen', async ({ browser }) => {
  test.setTimeout(420_000);
  const admin = await as(browser, 'admin');
  const { periodId, unitId } = await ids(admin);

  // ── setup: the indicator takes 按期办结率 from the ledger; a unit of measure that is not % is refused ──
  await admin.goto(`/admin/periods/${periodId}/units/${unitId}`);
  const row = admin.locator(`[data-testid="indicator-row"][data-key="${INDICATOR_KEY}"]`);
  await row.getByRole('button', { name: '编辑' }).click();
  const form = admin.getByTestId('indicator-form');
  await form.getByTestId('ledger-figure').selectOption('on_time_rate');
  await form.getByLabel('计量单位').fill('件');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toContainText('计量单位须为“%”');
  await expect(form.getByLabel('计量单位')).toHaveValue('件'); // nothing typed is lost
  await expectAccessible(admin);
  await screenshot(admin, 'ledger-setup-refused-1366');
  await form.getByLabel('计量单位').fill('%');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(row.getByTestId('ledger-source')).toHaveText('数据来源：企业诉求台账（按期办结率）');

  // ── the review office returns 人社局's submission so that it is submitted again ──
  await admin.goto(`/units/${unitId}`);
  const panel = admin.getByTestId('review-panel');
  await panel.getByLabel('退回意见').fill('请按企业诉求台账重新提交。');
  await panel.getByRole('button', { name: '退回修改' }).click();
  await expect(admin.getByTestId('submission-state')).toContainText('已退回');

  // ── the unit: the computed value, read-only, with its derivation; it cannot type it ──
  const head = await as(browser, 'rsj_head');
  await head.goto(`/units/${unitId}`);
  const cell = head.getByTestId('ledger-actual');
  await expect(cell).toHaveCount(1);
  await expect(cell).toContainText('提交时按当时的台账取值并固定');
  await expect(cell.getByTestId('ledger-derivation')).toHaveText(/^(按期办结 \d+ \/ 办结 \d+ = [\d.]+%|未产生可计算的数据.*)$/);
  await expect(cell.locator('input')).toHaveCount(0);
  await expectAccessible(head);
  await screenshot(head, 'ledger-submission-1366');
  await head.setViewportSize({ width: 390, height: 844 });
  await screenshot(head, 'ledger-submission-390');
  await head.setViewportSize({ width: 1366, height: 768 });
  await head.getByRole('button', { name: '提交' }).click();
  await expect(head.getByTestId('submission-state')).toContainText('已提交');

  // ── the report card: source and derivation, linked to the cases behind it, and the 对企服务 section ──
  const leader = await as(browser, 'leader1');
  await leader.goto(`/leaderboard/${periodId}/units/${unitId}`);
  const indicator = leader.getByTestId('indicator-row').filter({ has: leader.getByTestId('ledger-source') });
  await expect(indicator.getByTestId('ledger-source')).toHaveText('来源：企业诉求台账（按期办结率）');
  const derivation = (await indicator.getByTestId('ledger-derivation').textContent())!;
  const section = leader.getByTestId('ledger-section');
  await expect(section).toBeVisible();
  const onTimeTile = (await section.getByTestId('ledger-onTimeRate').textContent())!;
  // one definition: the frozen derivation and today's figures agree (nothing changed in the ledger since)
  if (!derivation.startsWith('未产生')) {
    expect(counts(derivation)).toEqual(counts(onTimeTile.replace('按期 ', '按期办结 ')));
    await expect(indicator.getByRole('link', { name: '查看相关诉求' })).toHaveAttribute('href', `/problems?unit=${unitId}&closedIn=${periodId}`);
  }
  const closed = (await section.getByTestId('ledger-closed').locator('dd').first().textContent())!.trim();
  await expect(section.getByTestId('ledger-received').getByRole('link')).toHaveAttribute('href', `/problems?unit=${unitId}&period=${periodId}`);
  await expectAccessible(leader);
  await screenshot(leader, 'ledger-reportcard-1366');
  await leader.setViewportSize({ width: 390, height: 844 });
  await screenshot(leader, 'ledger-reportcard-390');

  // ── the big screen while 人社局 speaks (a live arena set up by a fixture: the demo's own arena belongs to arena.spec) ──
  const db = await createClient(DB_URL);
  let arenaId: string;
  try {
    const now = new Date();
    const arena = await db.arena.create({
      data: { periodId, name: '对企服务专场擂台', state: 'live', startedAt: now, timerStartedAt: now, timerSeconds: 480 },
    });
    const p = await db.arenaParticipant.create({ data: { arenaId: arena.id, unitId, order: 1, state: 'speaking', startedAt: now } });
    await db.arena.update({ where: { id: arena.id }, data: { currentParticipantId: p.id } });
    arenaId = arena.id;
  } finally {
    await db.$disconnect();
  }
  const screen = await as(browser, 'leader1', { width: 1920, height: 1080 });
  await screen.goto(`/screen/${arenaId}`);
  await expect(screen.getByTestId('screen-unit')).toHaveText(UNIT);
  const figures = screen.getByTestId('screen-ledger');
  await expect(figures).toContainText('对企服务');
  await expect(figures.getByTestId('screen-ledger-closed').locator('dd')).toHaveText(closed);
  for (const key of ['open', 'overdue', 'satisfaction'])
    await expect(figures.getByTestId(`screen-ledger-${key}`).locator('dd')).toHaveText(/^(\d+|[\d.]+%|—)$/);
  await expectAccessible(screen);
  await screenshot(screen, 'ledger-screen-1920');
  await screen.setViewportSize({ width: 1366, height: 768 });
  await screenshot(screen, 'ledger-screen-1366');
  // nothing in the figures block is cut off
  const clipped = await figures.evaluate((el) => [...el.querySelectorAll('dd, dt')].some((e) => e.scrollWidth > e.clientWidth + 1));
  expect(clipped).toBe(false);
});
