// The 考核办 setup as an admin does it: a new period from the previous one, blockers named, a weight fixed live, deadline set, period opened.
//
// NOTE for the suite: opening 2026年下半年 makes it the current period for every user (getCurrentPeriod picks the
// latest active period), so specs that expect 2026年上半年 to be current must not run after this file on the same
// server — run it last (e.g. a Playwright project that depends on the others) or against its own server.
import { expect, type Page } from '@playwright/test';
import { screenshot, signInAndLand, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

const UNIT = '泰和高新区建设局';

/** A date 30 days ahead as read in China (YYYY-MM-DD), for the deadline input. */
const inAMonth = () => new Date(Date.now() + 8 * 3_600_000 + 30 * 86_400_000).toISOString().slice(0, 10);

async function editFirstWeight(page: Page, weight: number) {
  const first = page.getByTestId('indicator-row').first();
  await first.getByRole('button', { name: '编辑' }).click();
  const form = page.getByTestId('indicator-form');
  // the editor's choices and rows are in words, not message keys (the admin pages carried no 'indicator' messages)
  await expect(form.getByRole('option', { name: '越高越好' })).toHaveCount(1);
  await expect(page.getByTestId('indicator-set')).not.toContainText('indicator.');
  await form.getByLabel('权重').fill(String(weight));
  return form;
}

test('admin creates 2026年下半年 from 2026年上半年, sees what blocks opening, fixes a weight, sets the deadline and opens it', async ({ page }) => {
  await signInAndLand(page, 'admin');
  await page.getByRole('link', { name: '考核设置' }).first().click();
  await expect(page.getByRole('heading', { name: '考核设置' })).toBeVisible();
  await screenshot(page, 'setup-landing-1366');
  await page
    .getByTestId('setup-sections')
    .getByRole('link', { name: /考核期/ })
    .click();

  // ── create from the previous period ──
  const create = page.getByTestId('create-period-form');
  await expect(create.getByLabel('沿用哪个考核期').locator('option:checked')).toHaveText('2026年上半年');
  await expect(create.getByLabel('名称')).toHaveValue('2026年下半年');
  await create.getByRole('button', { name: '新建考核期' }).click();
  await expect(create.getByTestId('form-notice')).toContainText('已创建 2026年下半年：复制了 27 个单位');
  await create.getByRole('link', { name: '进入该考核期设置' }).click();
  await expect(page.getByRole('heading', { name: '2026年下半年' })).toBeVisible();
  await expect(page.getByTestId('period-state')).toHaveText('状态：筹备中');
  await expect(page.getByTestId('rubric-editor')).toContainText('满分合计 100 分');

  // ── opening without a deadline is refused, and the page says why ──
  const open = page.getByTestId('transition-open');
  await expect(open.getByTestId('blockers')).toContainText('尚未设置填报截止时间。');
  await open.getByRole('button', { name: '转入「填报中」' }).click();
  await open.getByRole('button', { name: '确认' }).click();
  await expect(page.getByTestId('period-transitions').getByRole('alert')).toContainText('还有 1 项未满足');
  await expect(page.getByTestId('period-state')).toHaveText('状态：筹备中');
  await screenshot(page, 'setup-period-blocked-1366');

  // ── a unit's weight: the sum updates as it is typed, after saving, and on the period page ──
  await page.getByTestId('period-unit-row').filter({ hasText: UNIT }).getByRole('link', { name: '编辑指标' }).click();
  await expect(page.getByRole('heading', { name: `${UNIT} · 指标` })).toBeVisible();
  const sum = page.getByTestId('weight-sum');
  await expect(sum).toContainText('权重合计为 100。');
  const firstWeight = page.getByTestId('indicator-row').first().getByTestId('indicator-weight');
  const weight = Number(await firstWeight.innerText());
  const form = await editFirstWeight(page, weight + 5);
  await expect(sum).toContainText('权重合计为 105，应为 100（差 5）');
  await form.getByRole('button', { name: '保存' }).click();
  await expect(form).toBeHidden();
  await expect(firstWeight).toHaveText(String(weight + 5));
  await expect(sum).toHaveAttribute('data-sum', '105');
  await screenshot(page, 'setup-indicators-weight-1366');

  await page.getByRole('link', { name: '返回 2026年下半年' }).click();
  await expect(open.getByTestId('blockers')).toContainText(`${UNIT} 的指标权重合计为 105，应为 100。`);

  await page.getByTestId('period-unit-row').filter({ hasText: UNIT }).getByRole('link', { name: '编辑指标' }).click();
  const fix = await editFirstWeight(page, weight);
  await expect(sum).toContainText('权重合计为 100。');
  await fix.getByRole('button', { name: '保存' }).click();
  await expect(fix).toBeHidden();
  await expect(sum).toHaveAttribute('data-sum', '100');
  await page.getByRole('link', { name: '返回 2026年下半年' }).click();
  await expect(open.getByTestId('blockers')).not.toContainText(UNIT);

  // ── deadline (a bad setting is refused beside its field and what was typed stays) ──
  const settings = page.getByTestId('settings-form');
  await settings.getByLabel('填报截止日期').fill(inAMonth());
  await settings.getByLabel('截止时间').fill('18:00');
  await settings.getByLabel('评委评分权重 β').fill('1.5');
  await settings.getByRole('button', { name: '保存' }).click();
  await expect(settings.getByTestId('field-error')).toHaveText('数值过大。');
  await expect(settings.getByLabel('填报截止日期')).toHaveValue(inAMonth());
  await settings.getByLabel('评委评分权重 β').fill('0.3');
  await settings.getByRole('button', { name: '保存' }).click();
  await expect(settings.getByTestId('form-notice')).toHaveText('已保存。');

  // ── now it opens ──
  await expect(open).toContainText('可以转入「填报中」。');
  await open.getByRole('button', { name: '转入「填报中」' }).click();
  await open.getByRole('button', { name: '确认' }).click();
  await expect(page.getByTestId('period-transitions')).toContainText('考核期已转入「填报中」。');
  await expect(page.getByTestId('period-state')).toHaveText('状态：填报中');
  await expect(page.getByTestId('transition-review')).toBeVisible();
  await screenshot(page, 'setup-period-opened-1366');
});

test('once opened, the new period is where units draft: countdown running, form open, autosave', async ({ page }) => {
  await signInAndLand(page, 'jsj_staff');
  await expect(page.getByTestId('current-period')).toContainText('2026年下半年 · 填报中');
  await expect(page.getByTestId('countdown')).toContainText('剩余');
  await page.getByRole('link', { name: '本单位填报' }).click();
  // the street-lamp indicator is counted in 盏: thousands separator and its own unit are read as 1363
  const actual = page.getByTestId('indicator-row').filter({ hasText: '亮灯' }).locator('input[inputmode=decimal]').first();
  await actual.fill('1,363盏');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
  await page.reload();
  await expect(actual).toHaveValue('1363');
});

test('the setup pages fit a 390-wide phone', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signInAndLand(page, 'admin');
  await page.goto('/admin/periods');
  await expect(page.getByTestId('periods-table')).toBeVisible();
  await screenshot(page, 'setup-periods-390');
  await page.getByTestId('periods-table').getByRole('link', { name: '2026年上半年' }).click();
  await page.getByTestId('period-unit-row').filter({ hasText: UNIT }).getByRole('link', { name: '编辑指标' }).click();
  await expect(page.getByTestId('indicator-set')).toBeVisible();
  await screenshot(page, 'setup-indicators-390');
});

test('only the admin reaches setup', async ({ page }) => {
  await signInAndLand(page, 'jsj_head');
  const res = await page.goto('/admin/periods');
  expect(res?.status()).toBe(403);
  await expect(page.getByTestId('error-title')).toHaveText('无权访问');
});
