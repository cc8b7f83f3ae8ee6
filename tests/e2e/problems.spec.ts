// The problem ledger in the browser (DESIGN §8): unit staff record a problem (a wrong credit code is refused and
// nothing typed is lost); the lead unit accepts, adds a note and resolves it; a second open page is told it is
// stale; 考核办 records the enterprise's rating and closes it (已销号). At 390 px a unit head records and updates
// one, and a leader puts it under supervision. axe finds nothing serious on either page.
import AxeBuilder from '@axe-core/playwright';
import { expect, type Browser, type Page } from '@playwright/test';
import { screenshot, signInAndLand, test } from './fixtures';

const PHONE = { width: 390, height: 844 };

async function as(browser: Browser, username: string, viewport = { width: 1366, height: 768 }): Promise<Page> {
  const context = await browser.newContext({ viewport, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
  const page = await context.newPage();
  await signInAndLand(page, username);
  return page;
}

/** A day `days` from today, China time, as a date input takes it. */
function dayFromToday(days: number): string {
  return new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
}

async function noSeriousAxe(page: Page, label: string) {
  const { violations } = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(serious, label).toEqual([]);
}

async function fillRecordForm(page: Page, p: { enterprise: string; title: string; creditCode?: string; person: string; category: string }) {
  await page.getByLabel('企业名称').fill(p.enterprise);
  if (p.creditCode) await page.getByLabel('统一社会信用代码').fill(p.creditCode);
  await page.getByLabel('联系人').fill('陈经理');
  await page.getByLabel('联系电话').fill('0591-8888 1234');
  await page.getByLabel('类别').selectOption({ label: p.category });
  await page.getByLabel('来源').selectOption({ label: '走访' });
  await page.getByLabel('诉求标题').fill(p.title);
  await page.getByLabel('企业诉求内容').fill('企业门前泰鸿路约 300 米路灯夜间不亮，员工下夜班出行不便，希望尽快修复。');
  await page.getByLabel('承诺时限').fill(dayFromToday(14));
  await page.getByLabel('责任人').fill(p.person);
}

/** Open a step's form, fill it, confirm, and wait until the form closed (the page re-read the problem). */
async function step(page: Page, name: string, fill: (form: ReturnType<Page['getByTestId']>) => Promise<void> = async () => {}) {
  await page.getByTestId(`step-${name}`).click();
  const form = page.getByTestId(`step-form-${name}`);
  await fill(form);
  await form.getByTestId('step-submit').click();
  await expect(form).toBeHidden();
}

test('staff record a problem, the lead unit works it, 考核办 rates and closes it', async ({ browser }) => {
  test.setTimeout(180_000);
  const staff = await as(browser, 'jsj_staff');
  await staff.goto('/problems/new');
  await expect(staff.getByRole('heading', { name: '登记企业诉求' })).toBeVisible();
  await fillRecordForm(staff, {
    enterprise: '泰和精密机械有限公司',
    title: '泰鸿路路灯夜间不亮',
    creditCode: '91350100M000100Y44',
    person: '林建华',
    category: '环境改善',
  });
  // the check character is judged as typed, and again by the server: nothing typed is lost
  await expect(staff.getByText('统一社会信用代码校验位不正确')).toBeVisible();
  await staff.getByTestId('record-submit').click();
  await expect(staff.getByTestId('form-error')).toContainText('输入有误');
  await expect(staff.getByLabel('诉求标题')).toHaveValue('泰鸿路路灯夜间不亮');
  await expect(staff.getByLabel('责任人')).toHaveValue('林建华');
  await staff.getByLabel('统一社会信用代码').fill('91350100M000100Y43');
  await expect(staff.getByText('校验通过')).toBeVisible();
  await noSeriousAxe(staff, 'record form');
  await screenshot(staff, 'problem-record-1366');
  await staff.getByTestId('record-submit').click();
  await expect(staff).toHaveURL(/\/problems\/(?!new$)[^/]+$/);
  const url = staff.url();
  await expect(staff.getByTestId('problem-code')).toHaveText(/^QY\d{4}-\d{4,}$/);
  await expect(staff.getByTestId('problem-badges')).toContainText('待受理');
  await expect(staff.getByTestId('problem-facts')).toContainText('建设局');

  // a second page read before the change: its step is refused, naming who changed it, and its text stays
  const stalePage = await staff.context().newPage();
  await stalePage.goto(url);

  await step(staff, 'accept');
  await expect(staff.getByTestId('problem-badges')).toContainText('办理中');
  await stalePage.getByTestId('step-transfer').click();
  await stalePage.getByLabel('转办理由').fill('路灯归城管执法局管养');
  await stalePage.getByTestId('step-form-transfer').getByTestId('step-submit').click();
  await expect(stalePage.getByTestId('form-error')).toContainText('刚被他人更新过');
  await expect(stalePage.getByLabel('转办理由')).toHaveValue('路灯归城管执法局管养');
  await stalePage.close();

  await step(staff, 'note', (f) => f.getByLabel('进展情况').fill('已更换灯杆线缆 120 米'));
  await step(staff, 'resolve', (f) => f.getByLabel('如何解决的').fill('更换线缆 300 米，路灯全部恢复'));
  await expect(staff.getByTestId('problem-badges')).toContainText('已办结');
  await expect(staff.getByTestId('step-rate')).toHaveCount(0); // the rating is 考核办's return visit, not the unit's
  await noSeriousAxe(staff, 'problem page');
  await screenshot(staff, 'problem-detail-1366');

  const admin = await as(browser, 'admin');
  await admin.goto(url);
  await step(admin, 'rate', async (f) => {
    await f.getByLabel('满意', { exact: true }).check();
    await f.getByLabel('企业意见').fill('回访企业表示满意');
  });
  await expect(admin.getByTestId('problem-facts')).toContainText('满意');
  await step(admin, 'close', (f) => f.getByLabel('说明').fill('回访确认，予以销号'));
  await expect(admin.getByTestId('problem-badges')).toContainText('已销号');
  const kinds = await admin.getByTestId('timeline-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-kind')));
  expect(kinds).toEqual(['close', 'rate', 'resolve', 'note', 'accept', 'record']);
  await expect(admin.getByTestId('problem-timeline')).toContainText('已更换灯杆线缆 120 米');
});

test('at 390 px a unit head records and updates a problem; a leader supervises it', async ({ browser }) => {
  test.setTimeout(180_000);
  const head = await as(browser, 'spj_head', PHONE);
  await head.goto('/problems/new');
  await fillRecordForm(head, { enterprise: '泰和新材料科技有限公司', title: '新建厂房十二事合一审批咨询', person: '黄晓敏', category: '项目落地' });
  await screenshot(head, 'problem-record-390');
  await head.getByTestId('record-submit').click();
  await expect(head).toHaveURL(/\/problems\/(?!new$)[^/]+$/);
  const url = head.url();
  await step(head, 'accept');
  await step(head, 'note', (f) => f.getByLabel('进展情况').fill('已指导企业一次性提交全部材料'));
  await expect(head.getByTestId('problem-timeline')).toContainText('已指导企业一次性提交全部材料');
  await noSeriousAxe(head, 'problem page 390');
  await screenshot(head, 'problem-detail-390');

  const leader = await as(browser, 'leader1', PHONE);
  await leader.goto(url);
  await step(leader, 'supervise', (f) => f.getByLabel('督办要求').fill('请行政审批局一周内办结'));
  await expect(leader.getByTestId('problem-badges')).toContainText('挂牌督办');
  await expect(leader.getByTestId('problem-facts')).toContainText('请行政审批局一周内办结');
  await screenshot(leader, 'problem-supervised-390');
});
