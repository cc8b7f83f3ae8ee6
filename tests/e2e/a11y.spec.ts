// Accessibility: axe (WCAG 2.1 A/AA) finds no serious or critical violation on any page, for every role that can
// open it. One browser context per role, pages visited in turn (CI has two cores); ids are read from the links the
// pages themselves show, so the walk follows what a user can reach.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';
import { signInAndLand, test } from './fixtures';

test.describe.configure({ mode: 'parallel' });

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/** Serious and critical axe violations on the page as it is now, one line each (rule, element, why). */
async function seriousViolations(page: Page): Promise<string[]> {
  // colour contrast (axe's slowest rule) does not change with the width: checked at desktop widths only
  const narrow = (page.viewportSize()?.width ?? 1366) < 800;
  const { violations } = await new AxeBuilder({ page })
    // only violations are read: axe then skips gathering every passing node's details (options() replaces the
    // option object, so it comes before withTags and disableRules)
    .options({ resultTypes: ['violations'] })
    .withTags(TAGS)
    .disableRules(narrow ? ['color-contrast'] : [])
    .analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((n) => `${v.id} ${n.target.join(' ')} — ${n.failureSummary?.split('\n').slice(1).join(' ').trim() ?? v.help}`));
}

/** Opens `path`, waits until it settled, and records its violations under `label`. */
async function audit(page: Page, found: Map<string, string[]>, label: string, path: string, ready?: (page: Page) => Promise<void>) {
  const response = await page.goto(path);
  expect(response?.status(), `${label} ${path}`).toBeLessThan(500);
  await page.waitForLoadState('load'); // not networkidle: the arena pages keep an event stream open
  await page.waitForTimeout(300); // hydration and client-rendered parts
  if (ready) await ready(page);
  const v = await seriousViolations(page);
  found.set(`${label} (${path})`, v);
  expect.soft(v, `${label} (${path}): ${v.length} serious/critical`).toEqual([]); // reported even if a later page times out
}

/** The first link on the current page whose href matches, as a path. */
async function href(page: Page, pattern: RegExp): Promise<string> {
  const hrefs = await page.locator('a[href]').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  const hit = hrefs.find((h) => pattern.test(h));
  expect(hit, `a link matching ${pattern} on ${page.url()}`).toBeTruthy();
  return hit!;
}

async function as(browser: Browser, username: string | null, viewport = { width: 1366, height: 768 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  if (username) await signInAndLand(page, username);
  return page;
}

function report(found: Map<string, string[]>) {
  const lines = [...found].filter(([, v]) => v.length > 0).flatMap(([page, v]) => [`${page}: ${v.length}`, ...v.map((x) => `   ${x}`)]);
  expect(lines, lines.join('\n')).toEqual([]);
}

test('signed out: sign-in page and 404 have no serious or critical axe violations', async ({ browser }) => {
  const page = await as(browser, null);
  const found = new Map<string, string[]>();
  await audit(page, found, 'login', '/login');
  await audit(page, found, '404', '/no-such-page');
  await page.setViewportSize({ width: 390, height: 844 });
  await audit(page, found, 'login 390', '/login');
  report(found);
});

test('admin: home, submission, review, measures and ranking', async ({ browser }) => {
  test.setTimeout(360_000);
  const page = await as(browser, 'admin');
  const found = new Map<string, string[]>();
  await audit(page, found, 'home', '/');
  await audit(page, found, 'units', '/units');
  const unit = await href(page, /^\/units\/[^/]+$/);
  await audit(page, found, 'submission', unit);
  await audit(page, found, 'review', '/review');
  await audit(page, found, 'measures', '/measures');
  await audit(page, found, 'problems', '/problems');
  // the ranking and the ledger figures: audited as the leader, who reads them
  report(found);
});

test('admin: every 考核设置 page', async ({ browser }) => {
  test.setTimeout(360_000);
  const page = await as(browser, 'admin');
  const found = new Map<string, string[]>();
  await audit(page, found, 'admin', '/admin');
  await audit(page, found, 'periods', '/admin/periods');
  const period = await href(page, /^\/admin\/periods\/[^/]+$/);
  await audit(page, found, 'period', period);
  await audit(page, found, 'period unit', await href(page, /^\/admin\/periods\/[^/]+\/units\/[^/]+$/));
  await audit(page, found, 'adjustments', `${period}/adjustments`);
  await audit(page, found, 'units setup', '/admin/units');
  await audit(page, found, 'unit setup', await href(page, /^\/admin\/units\/[^/]+$/));
  await audit(page, found, 'users', '/admin/users');
  await audit(page, found, 'user', await href(page, /^\/admin\/users\/[^/]+$/));
  await audit(page, found, 'groups', '/admin/groups');
  await audit(page, found, 'pillars', '/admin/pillars');
  await audit(page, found, 'reminders', '/admin/notify');
  report(found);
});

test('admin: arena preparation, host console, big screen, 403 and 404', async ({ browser }) => {
  test.setTimeout(360_000);
  const page = await as(browser, 'admin');
  const found = new Map<string, string[]>();
  await audit(page, found, 'arena list', '/arena');
  const prep = await href(page, /^\/arena\/[^/]+$/);
  await audit(page, found, 'arena prep', prep);
  await audit(page, found, 'arena host', `${prep}/host`);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await audit(page, found, 'big screen', prep.replace(/^\/arena\//, '/screen/'));
  await page.setViewportSize({ width: 1366, height: 768 });
  await audit(page, found, '403', '/audit');
  await audit(page, found, '404', '/units/no-such-unit');
  report(found);
});

test('leader: home, ranking, report card, print, submission, problems, arena and big screen', async ({ browser }) => {
  test.setTimeout(360_000);
  const page = await as(browser, 'leader1');
  const found = new Map<string, string[]>();
  await audit(page, found, 'home', '/');
  await audit(page, found, 'leaderboard', '/leaderboard');
  const card = await href(page, /^\/leaderboard\/[^/]+\/units\/[^/]+$/);
  await audit(page, found, 'report card', card);
  await audit(page, found, 'print', card.replace(/\/units\/[^/]+$/, '/print'));
  // the unit list, the measures list and a unit's submission are the admin's pages without their buttons (audited as
  // admin and as the unit head)
  await audit(page, found, 'problems', '/problems?overdue=1');
  await audit(page, found, 'problem figures', '/problems/figures');
  await audit(page, found, 'arena list', '/arena');
  const judge = await href(page, /^\/arena\/[^/]+\/judge$/);
  await audit(page, found, 'judge', judge);
  const screen = judge.replace(/^\/arena\/([^/]+)\/judge$/, '/screen/$1');
  await page.setViewportSize({ width: 1920, height: 1080 });
  await audit(page, found, 'big screen', screen);
  await page.setViewportSize({ width: 390, height: 844 });
  await audit(page, found, 'leaderboard 390', '/leaderboard');
  await audit(page, found, 'report card 390', card);
  await audit(page, found, 'problems 390', '/problems');
  await audit(page, found, 'problem figures 390', '/problems/figures');
  report(found);
});

test('unit head: home, own submission, measures, ranking, notifications and 403', async ({ browser }) => {
  test.setTimeout(360_000);
  const page = await as(browser, 'cgj_head');
  const found = new Map<string, string[]>();
  await audit(page, found, 'home', '/');
  const own = await href(page, /^\/units\/[^/]+$/);
  await audit(page, found, 'submission', own);
  await audit(page, found, 'measures', '/measures');
  // the ledger board as staff see it (below); the report card and print view as the leader reads them; 404 as admin
  await audit(page, found, 'leaderboard', '/leaderboard');
  await audit(page, found, 'reminder settings', '/account/notifications');
  await audit(page, found, 'notifications', '/notifications');
  await audit(page, found, '403', '/admin');
  await page.setViewportSize({ width: 390, height: 844 });
  await audit(page, found, 'home 390', '/');
  await audit(page, found, 'submission 390', own);
  await audit(page, found, 'notifications 390', '/notifications');
  report(found);
});

test('unit staff: recording a problem, and a problem page the board links to', async ({ browser }) => {
  test.setTimeout(360_000);
  const page = await as(browser, 'jsj_staff');
  const found = new Map<string, string[]>();
  await audit(page, found, 'record problem', '/problems/new');
  await audit(page, found, 'problems', '/problems');
  const problem = await href(page, /^\/problems\/(?!new$)[^/?]+$/).catch(() => null);
  if (problem) await audit(page, found, 'problem', problem);
  await page.setViewportSize({ width: 390, height: 844 });
  await audit(page, found, 'record problem 390', '/problems/new');
  if (problem) await audit(page, found, 'problem 390', problem);
  report(found);
});

test('judge and auditor: their pages', async ({ browser }) => {
  test.setTimeout(360_000);
  const found = new Map<string, string[]>();
  const judge = await as(browser, 'judge1');
  await audit(judge, found, 'judge home', '/');
  await audit(judge, found, 'judge arena list', '/arena');
  await audit(judge, found, 'judge scoring', await href(judge, /^\/arena\/[^/]+\/judge$/));
  await judge.setViewportSize({ width: 390, height: 844 });
  await audit(judge, found, 'judge home 390', '/');

  const auditor = await as(browser, 'auditor');
  await audit(auditor, found, 'auditor home', '/');
  await audit(auditor, found, 'audit log', '/audit');
  // the auditor's ranking and measures are the leader's and admin's pages (audited there)
  report(found);
});
