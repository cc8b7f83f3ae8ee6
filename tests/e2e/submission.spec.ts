// The half-year loop as people do it: staff draft (autosave, bad input kept), head submits (missing pieces named),
// the review office returns with a comment, the head fixes and resubmits, approval locks the page;
// the rectification board; the auditor reads the whole trail.
import { expect, type Page } from '@playwright/test';
import { screenshot, signInAndLand, test } from './fixtures';

test.describe.configure({ mode: 'serial' });

const UNIT = '泰和市公安局交通警察支队高新区大队';

async function openOwnSubmission(page: Page, username: string, unit = UNIT) {
  await signInAndLand(page, username);
  await page.getByRole('link', { name: '本单位填报' }).click();
  await expect(page.getByRole('heading', { name: unit })).toBeVisible();
}

async function waitSaved(page: Page) {
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'saved', { timeout: 15_000 });
}

test('staff draft: live completion, autosave, full-width numbers, a bad number survives a reload', async ({ page }) => {
  await openOwnSubmission(page, 'jjd_staff');
  await expect(page.getByRole('button', { name: '提交' })).toHaveCount(0); // staff cannot submit

  // the first unfilled indicator, pinned by its input's id (the "unfilled" filter stops matching once we type)
  const id = await page.locator('[data-testid=indicator-row] input[inputmode=decimal]:placeholder-shown').first().getAttribute('id');
  expect(id).toBeTruthy();
  const actual = page.locator(`[id="${id}"]`);
  const row = page.getByTestId('indicator-row').filter({ has: actual });
  await expect(row.getByTestId('completion')).toContainText('未填报');
  await actual.fill('１，２３４');
  await expect(row.getByTestId('completion')).not.toContainText('未填报');
  await expect(row.getByTestId('completion')).toContainText('%');
  await waitSaved(page);
  await page.reload();
  await expect(actual).toHaveValue('1234');

  // a number that cannot be read: clear message, nothing lost on reload
  await actual.fill('一千二');
  await expect(page.getByText('请填写数字')).toBeVisible();
  await page.waitForTimeout(2500); // let autosave run
  await page.reload();
  await expect(page.getByText('已恢复您上次未保存的内容')).toBeVisible();
  await expect(actual).toHaveValue('一千二');
  await expect(actual).toHaveAttribute('aria-invalid', 'true');
  await actual.fill('1234');
  await waitSaved(page);
  await screenshot(page, 'submission-draft-1366');
});

const LONG_URL = `https://www.taihe.gov.cn/jtj/${'tongbao/2026/0615/'.repeat(12)}index.html?from=weixin&share=${'a'.repeat(60)}`;

test('staff: a unit suffix is converted and shown, an unknown one refused naming the unit; over-long text is refused, not cut', async ({ page }) => {
  await openOwnSubmission(page, 'jjd_staff');
  const row = page.getByTestId('indicator-row').filter({ hasText: '信号灯智能配时优化路口' });
  const actual = row.locator('input[inputmode=decimal]');
  await actual.fill('12.5公里');
  await expect(row.getByRole('alert')).toContainText('请按「个」填写');
  await actual.fill('0.0061万');
  await expect(row.getByTestId('converted')).toHaveText('= 61 个');
  await waitSaved(page);
  await page.reload();
  await expect(actual).toHaveValue('61');

  // pasted text over the limit: a live counter, a refusal naming the field, and every character kept
  const highlights = page.locator('#highlights');
  const before = await highlights.inputValue();
  const long = before + '补'.repeat(3001 - before.length);
  await highlights.fill(long);
  await expect(page.locator('#highlights-count')).toHaveText('3001/3000 字，超出 1 字，请精简');
  await expect(page.getByTestId('save-status')).toHaveAttribute('data-status', 'error', { timeout: 15_000 });
  await expect(page.getByTestId('over-limit-list')).toContainText('亮绩综述：3001/3000 字');
  await page.reload();
  await expect(page.getByText('已恢复您上次未保存的内容')).toBeVisible();
  await expect(highlights).toHaveValue(long);
  await highlights.fill(before);
  await waitSaved(page);

  // a long URL in 根源剖析 (the report card test below reads it)
  const rootCause = page.getByTestId('gap').first().getByLabel('根源剖析');
  await rootCause.fill(`${await rootCause.inputValue()} 详见：${LONG_URL}`);
  await waitSaved(page);
  await screenshot(page, 'submission-long-text-1366');
});

test('the report card wraps a long URL: nothing wider than the screen at 1366 and 390', async ({ browser }) => {
  for (const viewport of [
    { width: 1366, height: 768 },
    { width: 390, height: 844 },
  ]) {
    const page = await browser.newPage({ viewport });
    await signInAndLand(page, 'admin');
    await page.goto('/units');
    const unitHref = await page.getByRole('link', { name: UNIT, exact: true }).first().getAttribute('href');
    await page.goto('/admin/periods');
    const periodHref = await page.getByRole('link', { name: '2026年上半年', exact: true }).first().getAttribute('href');
    await page.goto(`/leaderboard/${periodHref!.split('/').pop()}/units/${unitHref!.split('/').pop()}`);
    await expect(page.getByTestId('gap-list')).toContainText(LONG_URL.slice(0, 40));
    const widths = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, view: window.innerWidth }));
    expect(widths.scroll, `report card at ${viewport.width}`).toBeLessThanOrEqual(widths.view);
    await screenshot(page, `reportcard-long-url-${viewport.width}`);
    await page.close();
  }
});

test('head submits: every missing piece is named, then it goes through late and read-only', async ({ page }) => {
  await openOwnSubmission(page, 'jjd_head');
  // empty the second-half goals to see the refusal name it
  await page.getByLabel('五、下半年目标').fill('');
  await waitSaved(page);
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByTestId('missing-list')).toContainText('未填写下半年目标');

  // fill whatever is still empty
  for (const input of await page.locator('[data-testid=indicator-row] input[inputmode=decimal]').all()) {
    if (!(await input.inputValue())) await input.fill('88');
  }
  await page.getByLabel('五、下半年目标').fill('下半年：重点路口信号灯智能化改造 12 处，交通事故起数同比下降 10%。');

  // 972 typed for 97.2 %: flagged at once with a prompt for a reason; submitting is refused until it has one
  const helmet = page.getByTestId('indicator-row').filter({ hasText: '电动自行车骑乘人员头盔佩戴率' });
  await helmet.locator('input[inputmode=decimal]').fill('972');
  await expect(helmet.getByTestId('plausibility')).toContainText('完成率');
  await expect(helmet.getByTestId('plausibility')).toContainText('超过 150%');
  await helmet.scrollIntoViewIfNeeded();
  await page.screenshot({ path: 'tests/artifacts/screenshots/submission-plausibility-1366.png' });
  await waitSaved(page); // the draft may be saved
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByTestId('form-message')).toContainText('须填写核实说明后才能提交：电动自行车骑乘人员头盔佩戴率');
  await expect(page.getByTestId('submission-state')).not.toContainText('已提交');
  await helmet.getByLabel('核实说明').fill('已核实：系统导出口径为千分比，已与支队核对');
  await waitSaved(page);
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByTestId('read-only-note')).toContainText('填报已提交');
  await expect(page.getByTestId('submission-state')).toContainText('已提交');
  await expect(page.getByTestId('submission-state')).toContainText('逾期提交'); // the seeded deadline was yesterday
  await expect(page.locator('textarea')).toHaveCount(0);
});

test('the review office returns it with a comment; an empty comment is refused', async ({ page }) => {
  await signInAndLand(page, 'admin');
  await page.goto('/review?state=submitted');
  await expect(page.getByTestId('flagged-values')).toContainText('已核实：系统导出口径为千分比');
  await page.getByRole('link', { name: UNIT }).first().click();
  const panel = page.getByTestId('review-panel');
  await expect(page.getByTestId('plausibility-flag')).toContainText('已核实：系统导出口径为千分比');
  // the decision comes after what it judges
  const [panelTop, tableTop] = await Promise.all([
    panel.evaluate((e) => e.getBoundingClientRect().top + window.scrollY),
    page.getByTestId('indicator-table').evaluate((e) => e.getBoundingClientRect().top + window.scrollY),
  ]);
  expect(panelTop).toBeGreaterThan(tableTop);
  await screenshot(page, 'review-unit-1366');
  await panel.getByRole('button', { name: '退回修改' }).click();
  await expect(panel.getByRole('alert')).toContainText('必填');
  await panel.getByLabel('退回意见').fill('请补充事故数据的佐证材料，并将整改措施落实到具体责任人。');
  await panel.getByRole('button', { name: '退回修改' }).click();
  await expect(page.getByTestId('submission-state')).toContainText('已退回');
  await expect(page.getByText('考核办退回意见：请补充事故数据的佐证材料')).toBeVisible();
});

test('the head sees the comment, fixes and resubmits; approval locks the page', async ({ page, browser }) => {
  await openOwnSubmission(page, 'jjd_head');
  await expect(page.getByText('考核办退回意见：请补充事故数据的佐证材料')).toBeVisible();
  const evidence = page.getByPlaceholder('数据来源或佐证材料（选填）').first();
  await evidence.fill('区交通事故统计月报（2026年1—6月）');
  await waitSaved(page);
  await page.getByRole('button', { name: '提交' }).click();
  await expect(page.getByTestId('submission-state')).toContainText('已提交');

  const admin = await browser.newPage();
  await signInAndLand(admin, 'admin');
  await admin.goto('/review?state=submitted');
  await admin.getByRole('link', { name: UNIT }).first().click();
  await admin.getByTestId('review-panel').getByRole('button', { name: '审核通过并锁定' }).click();
  await expect(admin.getByTestId('submission-state')).toContainText('已审核');
  await admin.close();

  await page.reload();
  await expect(page.getByTestId('read-only-note')).toContainText('已审核通过并锁定');
  await expect(page.locator('input[inputmode=decimal]')).toHaveCount(0);
  await expect(page.getByTestId('indicator-table')).toContainText('区交通事故统计月报');
});

test('the responsible unit moves a measure on the rectification board', async ({ page }) => {
  // the traffic brigade's approved submission made the city-management bureau responsible for a parking measure
  await signInAndLand(page, 'cgj_head');
  await page.getByRole('navigation').getByRole('link', { name: '整改清单' }).click();
  const item = page
    .getByTestId('measure-item')
    .filter({ hasText: '交通警察支队' })
    .filter({ has: page.getByTestId('measure-controls') })
    .first();
  await expect(item).toBeVisible();
  await item.getByRole('combobox').selectOption({ label: '推进中' });
  await expect(item.getByTestId('measure-status')).toHaveText('推进中');
  await item.getByPlaceholder('填写最新进展').fill('已在医院周边增设限时停车泊位 120 个');
  await item.getByRole('button', { name: '添加进展' }).click();
  await expect(item.getByText('已在医院周边增设限时停车泊位 120 个').first()).toBeVisible();
  await screenshot(page, 'measures-1366');
});

test('the auditor sees the whole trail', async ({ page }) => {
  await signInAndLand(page, 'auditor');
  await page.goto('/audit');
  const table = page.getByTestId('audit-table');
  for (const action of ['保存填报草稿', '提交填报', '退回填报', '审核通过', '更新整改状态', '添加整改进展']) {
    await expect(table.getByText(action, { exact: true }).first()).toBeVisible();
  }
  await page.getByRole('combobox', { name: '操作', exact: true }).selectOption({ label: '退回填报' });
  await page.getByRole('button', { name: '筛选' }).click();
  // only returns are listed (other specs may return submissions meanwhile); the seeded one is among them
  await expect(table.locator('tbody tr').first()).toBeVisible();
  for (const row of await table.locator('tbody tr').all()) await expect(row).toContainText('退回填报');
  await expect(table).toContainText('请补充事故数据的佐证材料');
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 } });
  test('the submission form fits a 390-wide screen', async ({ page }) => {
    await openOwnSubmission(page, 'dbgs_staff', '泰和高新融资担保有限公司');
    await expect(page.getByTestId('indicator-row').first()).toBeVisible();
    await screenshot(page, 'submission-390');
  });
  test('the review list and a unit’s review page fit a 390-wide screen', async ({ page }) => {
    await signInAndLand(page, 'admin');
    await page.goto('/review');
    await expect(page.getByTestId('flagged-values')).toBeVisible();
    await screenshot(page, 'review-390');
    await page.getByRole('link', { name: UNIT }).first().click();
    await expect(page.getByTestId('plausibility-flag')).toBeVisible();
    await screenshot(page, 'review-unit-390');
  });
});
