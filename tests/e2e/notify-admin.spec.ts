// 消息提醒 as the admin does it: the demo's channels are listed (disabled), a bad webhook is refused in Chinese with
// what was typed kept, a 钉钉 robot pointing at a local receiver is added, 发送测试消息 reaches the receiver signed,
// and the page says 已发送. Also a user's own reminder settings page. Screenshots at 1366 and 390 wide.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect } from '@playwright/test';
import Database from 'better-sqlite3';
import { openAccountMenu, screenshot, signInAndLand, test } from './fixtures';

const dbFile = path.resolve('data', `e2e-${process.env.E2E_PORT ?? '3100'}.db`);
let receiver: http.Server;
let base = '';
const hits: { url: URL; body: { msgtype?: string; markdown?: { title?: string; text?: string } } }[] = [];

test.beforeAll(async () => {
  receiver = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString('utf8')));
    req.on('end', () => {
      hits.push({ url: new URL(req.url ?? '/', base), body: JSON.parse(data || '{}') });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ errcode: 0, errmsg: 'ok' }));
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((r) => receiver?.close(r));
});

test('admin adds a 钉钉 robot and sends a test message to a local receiver', async ({ page }) => {
  const name = `考核办测试群${Date.now() % 100000}`;
  const secret = 'SECe2e0f1e2d3c4b5a69788796a5b4c3d2e1f0';
  await signInAndLand(page, 'admin');
  await page.goto('/admin');
  await page
    .getByTestId('setup-sections')
    .getByRole('link', { name: /消息提醒/ })
    .click();
  await expect(page.getByRole('heading', { name: '消息提醒', level: 1 })).toBeVisible();
  // the demo's district and unit robots, disabled
  const list = page.getByTestId('channel-list');
  await expect(list.getByTestId('channel-item').filter({ hasText: '区考核办工作群（政务钉钉）' }).getByTestId('channel-state')).toHaveText('已停用');
  await expect(list.getByTestId('channel-item').filter({ hasText: '科创局填报群（企业微信）' })).toContainText('泰和高新区科技创新局');

  const form = page.getByTestId('channel-form').last();
  await form.getByLabel('名称').fill(name);
  await form.getByLabel('Webhook 地址').fill('ftp://oapi.dingtalk.example.cn/robot');
  await form.getByLabel('加签密钥').fill(secret);
  await form.getByRole('button', { name: '新增渠道' }).click();
  await expect(form.getByTestId('field-error')).toHaveText('请填写以 http:// 或 https:// 开头的完整地址。');
  await expect(form.getByLabel('名称')).toHaveValue(name);
  await expect(form.getByLabel('加签密钥')).toHaveValue(secret);

  await form.getByLabel('Webhook 地址').fill(`${base}/robot/send?access_token=e2e-token`);
  await form.getByRole('button', { name: '新增渠道' }).click();
  await expect(form.getByTestId('form-notice')).toHaveText('渠道已新增。');
  const item = list.getByTestId('channel-item').filter({ hasText: name });
  await expect(item.getByTestId('channel-state')).toHaveText('已启用');
  await expect(item).toContainText(`地址：${new URL(base).host}`);
  // the secret never comes back to the browser
  expect(await page.content()).not.toContain('e2e-token');
  expect(await page.content()).not.toContain(secret);

  hits.length = 0;
  await item.getByTestId('channel-test').click();
  await expect(item.getByTestId('channel-test-result')).toContainText('已发送');
  expect(hits).toHaveLength(1);
  const { url, body } = hits[0]!;
  expect(url.searchParams.get('access_token')).toBe('e2e-token');
  const ts = url.searchParams.get('timestamp')!;
  expect(url.searchParams.get('sign')).toBe(createHmac('sha256', secret).update(`${ts}\n${secret}`).digest('base64'));
  expect(body.msgtype).toBe('markdown');
  expect(body.markdown?.title).toBe('擂台系统测试消息');
  expect(body.markdown?.text).toContain('[查看详情](http');

  // deliveries: a message that gave up after 5 tries and one sent, written into the server's database directly (the
  // sender is not part of this page)
  const db = new Database(dbFile);
  const { id: channelId } = db.prepare('SELECT id FROM "NotifyChannel" WHERE name = ?').get(name) as { id: string };
  const head = db.prepare('SELECT id FROM "user" WHERE username = ?').get('kcj_head') as { id: string };
  const at = new Date().toISOString();
  const insert = db.prepare(
    `INSERT INTO "OutboxMessage" ("id", "dedupeKey", "kind", "channelId", "recipientUserId", "title", "body", "href", "status", "attempts", "dueAt", "nextAttemptAt", "lastError", "sentAt", "createdAt")
     VALUES (?, ?, 'submission.returned', ?, ?, '填报已退回', '请补充佐证材料。', '/', ?, ?, ?, ?, ?, ?, ?)`,
  );
  const tag = name.slice(-5);
  insert.run(`e2e-failed-${tag}`, `e2e:failed:${tag}`, channelId, head.id, 'failed', 5, at, at, 'HTTP 502: Bad Gateway', null, at);
  insert.run(`e2e-sent-${tag}`, `e2e:sent:${tag}`, channelId, head.id, 'sent', 1, at, at, null, at, at);
  db.close();
  await page.goto('/admin/notify?status=failed#outbox');
  const failedRow = page.getByTestId('outbox-row').filter({ hasText: 'HTTP 502: Bad Gateway' });
  await expect(failedRow).toContainText('林海涛');
  await expect(failedRow).toContainText('填报被退回');
  await expect(failedRow.getByTestId('outbox-status')).toHaveText('失败');
  await screenshot(page, 'notify-admin-1366');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'notify-admin-390');
  await page.setViewportSize({ width: 1366, height: 768 });
  await failedRow.getByTestId('outbox-resend').click();
  await expect(failedRow).toHaveCount(0);
  await page.goto('/admin/notify?status=pending#outbox');
  await expect(page.getByTestId('outbox-row').filter({ hasText: 'HTTP 502: Bad Gateway' }).getByTestId('outbox-status')).toHaveText('待发送');
});

test('a unit head sets a notification email and a daily digest', async ({ page }) => {
  await signInAndLand(page, 'kcj_head');
  await openAccountMenu(page);
  await page.getByTestId('account-links').getByRole('link', { name: '消息提醒设置' }).click();
  await expect(page).toHaveURL(/\/account\/notifications$/);
  const form = page.getByTestId('preferences-form');
  // the demo head already has an email and an email digest at 17:30
  await expect(form.getByLabel('通知邮箱')).toHaveValue('linhaitao@kcj.taihe-gxq.example.cn');
  await expect(form.getByTestId('pref-email').getByLabel('汇总时间')).toHaveValue('17:30');
  await form.getByTestId('pref-webhook').getByLabel('发送方式').selectOption('digest');
  await form.getByTestId('pref-webhook').getByLabel('汇总时间').fill('8点半');
  await form.getByRole('button', { name: '保存设置' }).click();
  await expect(form.getByTestId('field-error')).toHaveText('请按“时:分”填写，如 08:30。');
  await form.getByTestId('pref-webhook').getByLabel('汇总时间').fill('09:00');
  await form.getByRole('button', { name: '保存设置' }).click();
  await expect(form.getByTestId('form-notice')).toHaveText('已保存。');
  await screenshot(page, 'notify-prefs-1366');
  await page.setViewportSize({ width: 390, height: 844 });
  await screenshot(page, 'notify-prefs-390');
});

test('the admin sets a user’s notification email on the user’s page', async ({ page }) => {
  await signInAndLand(page, 'admin');
  await page.goto('/admin/users');
  await page.getByTestId('users-table').getByRole('row').filter({ hasText: 'kcj_staff' }).getByRole('link', { name: '编辑' }).click();
  const form = page.getByTestId('preferences-form');
  await expect(form.getByLabel('通知邮箱')).toHaveValue('');
  // a unit's staff has no unit robot choice (the head has)
  await expect(form.getByTestId('pref-webhook')).toHaveCount(0);
  await form.getByLabel('通知邮箱').fill('guoxiaoting@');
  await form.getByRole('button', { name: '保存设置' }).click();
  await expect(form.getByTestId('field-error')).toHaveText('邮箱地址格式不对。');
  await form.getByLabel('通知邮箱').fill('guoxiaoting@kcj.taihe-gxq.example.cn');
  await form.getByRole('button', { name: '保存设置' }).click();
  await expect(form.getByTestId('form-notice')).toHaveText('已保存。');
  await page.reload();
  await expect(page.getByTestId('preferences-form').getByLabel('通知邮箱')).toHaveValue('guoxiaoting@kcj.taihe-gxq.example.cn');
});
