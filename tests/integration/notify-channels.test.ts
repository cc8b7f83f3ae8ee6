// Reminder channels on a real database (SQLite and PostgreSQL): a local HTTP receiver checks the 钉钉 body with its
// timestamp and sign (recomputed here) and the 企业微信 body; a robot's errcode and a redirect are failures; a local
// SMTP server (smtp-server) receives the email; the secrets are not readable in the database; resending a failed
// outbox row and the users' preferences are audited with labels.
import { createHmac } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ActionContext } from '@/lib/actions/define-action.server';
import { createClient, type Db } from '@/lib/db/client';
import type { ChannelType } from '@/lib/notify/channels';
import { deleteChannel, resendMessage, saveChannel, savePreferences, setChannelEnabled, testChannel } from '@/lib/notify/channels.commands.server';
import { listChannels, listOutbox, outboxCounts, userPreferences } from '@/lib/notify/channels.queries.server';
import { encryptSecrets } from '@/lib/notify/secrets.server';
import { sendThrough } from '@/lib/notify/transports.server';
import { unlabelledAuditFields } from '../support/audit-fields';
import { ctxOf } from '../support/actors';
import { createSeededDatabase, type TestDatabase } from '../support/database';
import { refusal } from '../support/refusal';

let tdb: TestDatabase;
let db: Db;
let admin: ActionContext;
const BASE = 'https://kaohe.example.gov.cn';
const NOW = new Date('2026-06-20T02:00:00Z');

interface Hit {
  url: URL;
  body: unknown;
}
let robot: http.Server;
let robotUrl = '';
const hits: Hit[] = [];
/** what the receiver answers next (default: 钉钉's ok) */
let reply: { status: number; body: string; headers?: Record<string, string> } | null = null;

let smtp: SMTPServer;
let smtpPort = 0;
const mails: { from: string; to: string[]; raw: string; user?: string; pass?: string }[] = [];

const form = (over: Record<string, unknown>) => ({
  type: 'dingtalk' as ChannelType,
  name: '区考核办钉钉群',
  unitId: null,
  enabled: true,
  webhookUrl: '',
  signSecret: '',
  smtpHost: '',
  smtpPort: '',
  smtpSecurity: 'none' as const,
  smtpUser: '',
  smtpPassword: '',
  smtpFrom: '',
  ...over,
});

async function newAudit<T>(fn: () => Promise<T>) {
  const seen = new Set((await db.auditLog.findMany({ select: { id: true } })).map((r) => r.id));
  const value = await fn().catch((e: unknown) => e);
  const rows = (await db.auditLog.findMany({ orderBy: [{ at: 'asc' }, { id: 'asc' }] })).filter((r) => !seen.has(r.id));
  return { value, rows };
}

const channelRow = (id: string) => db.notifyChannel.findUniqueOrThrow({ where: { id } });
const asSendChannel = (r: { id: string; type: string; config: unknown; secret: string | null }) => ({ ...r, type: r.type as ChannelType });

/** A received email's header and text part, decoded (encoded words; quoted-printable or base64). */
function decodeMail(raw: string) {
  const unfolded = raw.replace(/\r\n[ \t]+/g, ' ');
  const words = (s: string) =>
    s.replace(/=\?utf-8\?([bq])\?([^?]*)\?=\s*/gi, (_, enc: string, text: string) =>
      enc.toLowerCase() === 'b' ? Buffer.from(text, 'base64').toString('utf8') : qp(text.replace(/_/g, ' ')),
    );
  const qp = (s: string) =>
    Buffer.from(
      s.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, h: string) => String.fromCharCode(parseInt(h, 16))),
      'latin1',
    ).toString('utf8');
  const subject = words(/^Subject: (.*)$/im.exec(unfolded)?.[1] ?? '').trim();
  const part = (type: string) => {
    const m = new RegExp(`Content-Type: ${type}[^]*?\\r\\n\\r\\n([^]*?)(\\r\\n--|$)`, 'i').exec(raw);
    if (!m) return '';
    const header =
      raw
        .slice(0, m.index + m[0].indexOf('\r\n\r\n') + 1)
        .split(/Content-Type:/i)
        .pop() ?? '';
    return /base64/i.test(header) ? Buffer.from(m[1]!, 'base64').toString('utf8') : qp(m[1]!);
  };
  return { subject, text: part('text/plain'), html: part('text/html') };
}

beforeAll(async () => {
  tdb = await createSeededDatabase('notify_channels');
  db = await createClient(tdb.url);
  admin = await ctxOf(db, 'admin', NOW);
  robot = http.createServer((req, res) => {
    let data = '';
    req.on('data', (c: Buffer) => (data += c.toString('utf8')));
    req.on('end', () => {
      hits.push({ url: new URL(req.url ?? '/', robotUrl), body: JSON.parse(data || 'null') });
      if (req.url?.startsWith('/hang')) return; // never answers
      const r = reply ?? { status: 200, body: JSON.stringify({ errcode: 0, errmsg: 'ok' }) };
      reply = null;
      res.writeHead(r.status, { 'content-type': 'application/json', ...r.headers });
      res.end(r.body);
    });
  });
  await new Promise<void>((resolve) => robot.listen(0, '127.0.0.1', resolve));
  robotUrl = `http://127.0.0.1:${(robot.address() as AddressInfo).port}`;
  smtp = new SMTPServer({
    disabledCommands: ['STARTTLS'],
    allowInsecureAuth: true,
    authOptional: true,
    onAuth(auth, _session, cb) {
      if (auth.username === 'kaohe' && auth.password === 'smtp-Pa55') cb(null, { user: auth.username });
      else cb(new Error('535 Authentication failed'));
    },
    onData(stream, session, cb) {
      let raw = '';
      stream.on('data', (c: Buffer) => (raw += c.toString('latin1')));
      stream.on('end', () => {
        mails.push({ from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '', to: session.envelope.rcptTo.map((r) => r.address), raw });
        cb();
      });
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve));
  smtpPort = (smtp.server.address() as AddressInfo).port;
});

afterAll(async () => {
  await new Promise((r) => robot?.close(r));
  await new Promise<void>((r) => (smtp ? smtp.close(() => r()) : r()));
  await db?.$disconnect();
  await tdb?.drop();
});

describe('钉钉 robot', () => {
  let id = '';
  const token = 'tok9f3e1d77c0ab';
  const sign = 'SEC0a1b2c3d4e5f60718293a4b5c6d7e8f9';

  it('stores the URL and signing secret encrypted, audits only that they changed', async () => {
    const { value, rows } = await newAudit(() => saveChannel(admin, form({ webhookUrl: `${robotUrl}/robot/send?access_token=${token}`, signSecret: sign })));
    id = (value as { id: string }).id;
    const row = await channelRow(id);
    expect(row.secret).toMatch(/^v1:/);
    expect(row.secret).not.toContain(token);
    expect(row.secret).not.toContain(sign);
    expect(JSON.stringify(row.config)).not.toContain(token);
    // nothing secret anywhere in the row, read as the database has it
    const raw = await db.$queryRawUnsafe<Record<string, unknown>[]>(`SELECT * FROM "NotifyChannel" WHERE "id" = '${id}'`);
    expect(JSON.stringify(raw)).not.toContain(token);
    expect(JSON.stringify(raw)).not.toContain(sign);
    expect(rows).toMatchObject([
      {
        action: 'notify.create_channel',
        entityType: 'notify_channel',
        entityId: id,
        after: { name: '区考核办钉钉群', channelType: 'dingtalk', webhookUrlChanged: true, signSecretChanged: true },
      },
    ]);
    expect(JSON.stringify(rows)).not.toContain(token);
    expect(JSON.stringify(rows)).not.toContain(sign);
    const views = await listChannels(db);
    expect(views.find((v) => v.id === id)).toMatchObject({ secrets: { webhookUrl: true, signSecret: true, password: false }, secretUnreadable: false });
    // the seed's demo channels: disabled, their secrets readable with the same key
    expect(views.filter((v) => v.id !== id)).toMatchObject([
      { type: 'dingtalk', unitId: null, enabled: false, secrets: { webhookUrl: true, signSecret: true }, secretUnreadable: false },
      { type: 'wecom', unitName: '泰和高新区科技创新局', enabled: false, secrets: { webhookUrl: true }, secretUnreadable: false },
    ]);
  });

  it('posts the markdown body with timestamp and a sign the receiver can recompute', async () => {
    hits.length = 0;
    await sendThrough(
      asSendChannel(await channelRow(id)),
      { title: '填报即将截止', body: '请于 6 月 23 日前提交。', href: '/units/u1' },
      { now: NOW, baseUrl: BASE },
    );
    expect(hits).toHaveLength(1);
    const { url, body } = hits[0]!;
    expect(url.pathname).toBe('/robot/send');
    expect(url.searchParams.get('access_token')).toBe(token);
    const ts = url.searchParams.get('timestamp')!;
    expect(ts).toBe(String(NOW.getTime()));
    expect(url.searchParams.get('sign')).toBe(createHmac('sha256', sign).update(`${ts}\n${sign}`).digest('base64'));
    expect(body).toEqual({
      msgtype: 'markdown',
      markdown: { title: '填报即将截止', text: `#### 填报即将截止\n\n请于 6 月 23 日前提交。\n\n[查看详情](${BASE}/units/u1)` },
    });
  });

  it('an errcode reply, an HTTP error and a redirect are failures with a short reason', async () => {
    const ch = asSendChannel(await channelRow(id));
    const m = { title: 't', body: 'b', href: '/' };
    reply = { status: 200, body: JSON.stringify({ errcode: 310000, errmsg: 'sign not match' }) };
    await expect(sendThrough(ch, m, { baseUrl: BASE })).rejects.toThrow('errcode 310000: sign not match');
    reply = { status: 503, body: 'busy' };
    await expect(sendThrough(ch, m, { baseUrl: BASE })).rejects.toThrow('HTTP 503: busy');
    reply = { status: 302, body: '', headers: { location: 'http://127.0.0.2/elsewhere' } };
    await expect(sendThrough(ch, m, { baseUrl: BASE })).rejects.toThrow(/HTTP 302/);
  });

  it('a robot that never answers is given up when the signal ends', async () => {
    const ch = { id: 'x', type: 'wecom' as const, config: {}, secret: encryptSecrets({ webhookUrl: `${robotUrl}/hang?key=k` }) };
    const started = Date.now();
    await expect(sendThrough(ch, { title: 't', body: 'b', href: '/' }, { baseUrl: BASE, signal: AbortSignal.timeout(300) })).rejects.toThrow('已取消');
    expect(Date.now() - started).toBeLessThan(5_000);
  });

  it('发送测试消息 sends at once and is audited with its outcome; a failure reads in Chinese', async () => {
    hits.length = 0;
    const ok = await newAudit(() => testChannel(admin, { id }, BASE));
    expect(ok.value).toBeNull();
    expect(hits).toHaveLength(1);
    expect(ok.rows).toMatchObject([{ action: 'notify.test_channel', after: { ok: true, error: null } }]);
    reply = { status: 200, body: JSON.stringify({ errcode: 300001, errmsg: 'token is not exist' }) };
    const err = await refusal(testChannel(admin, { id }, BASE));
    expect(err.code).toBe('notifyChannels.sendFailed');
    expect(err.params).toEqual({ reason: 'errcode 300001: token is not exist' });
  });

  it('an edit with empty secret fields keeps them; a new URL replaces it; disable and delete are audited', async () => {
    const before = (await channelRow(id)).secret;
    const kept = await newAudit(() => saveChannel(admin, { ...form({ name: '区考核办工作群' }), id }));
    expect(kept.rows[0]!.after).not.toHaveProperty('webhookUrlChanged');
    expect((await channelRow(id)).secret).not.toBe(before); // fresh IV
    hits.length = 0;
    await sendThrough(asSendChannel(await channelRow(id)), { title: 't', body: 'b', href: '/' }, { baseUrl: BASE });
    expect(hits[0]!.url.searchParams.get('access_token')).toBe(token);
    const off = await newAudit(() => setChannelEnabled(admin, { id, enabled: false }));
    expect(off.rows).toMatchObject([{ action: 'notify.disable_channel', before: { enabled: true }, after: { enabled: false } }]);
    expect((await refusal(saveChannel(admin, { ...form({ type: 'wecom' }), id }))).fieldErrors).toEqual({ type: ['notifyChannels.errors.typeFixed'] });
    expect((await refusal(saveChannel(admin, form({ webhookUrl: 'ftp://x.example.cn/hook' })))).fieldErrors).toEqual({
      webhookUrl: ['notifyChannels.errors.webhookUrl'],
    });
  });
});

describe('企业微信 robot', () => {
  it('posts markdown content to the URL with its key', async () => {
    const unit = await db.unit.findFirstOrThrow({ orderBy: { sortOrder: 'asc' } });
    const { id } = await saveChannel(
      admin,
      form({ type: 'wecom', name: `${unit.name}企业微信群`, unitId: unit.id, webhookUrl: `${robotUrl}/cgi-bin/webhook/send?key=693a91f6-7xxx` }),
    );
    hits.length = 0;
    await sendThrough(
      asSendChannel(await channelRow(id)),
      { title: '措施即将到期', body: '1 项整改措施 7 天内到期。', href: '/measures' },
      { baseUrl: `${BASE}/` },
    );
    expect(hits).toHaveLength(1);
    expect(hits[0]!.url.pathname).toBe('/cgi-bin/webhook/send');
    expect(hits[0]!.url.searchParams.get('key')).toBe('693a91f6-7xxx');
    expect(hits[0]!.body).toEqual({
      msgtype: 'markdown',
      markdown: { content: `**措施即将到期**\n1 项整改措施 7 天内到期。\n\n[查看详情](${BASE}/measures)` },
    });
    reply = { status: 200, body: JSON.stringify({ errcode: 93000, errmsg: 'invalid webhook url' }) };
    await expect(sendThrough(asSendChannel(await channelRow(id)), { title: 't', body: 'b', href: '/' }, { baseUrl: BASE })).rejects.toThrow('errcode 93000');
    const views = await listChannels(db);
    expect(views.find((v) => v.id === id)).toMatchObject({ unitName: unit.name, config: { webhookHost: new URL(robotUrl).host } });
  });
});

describe('email over SMTP', () => {
  it('delivers subject, text and HTML with the absolute link; the password is not readable in the database', async () => {
    const { id } = await saveChannel(
      admin,
      form({
        type: 'email',
        name: '考核办邮箱',
        smtpHost: '127.0.0.1',
        smtpPort: String(smtpPort),
        smtpSecurity: 'none',
        smtpUser: 'kaohe',
        smtpPassword: 'smtp-Pa55',
        smtpFrom: '擂台考核办 <kaohe@example.gov.cn>',
      }),
    );
    const row = await channelRow(id);
    expect(row.secret).not.toContain('smtp-Pa55');
    expect(JSON.stringify(row.config)).not.toContain('smtp-Pa55');
    mails.length = 0;
    await sendThrough(
      asSendChannel(row),
      { title: '填报已退回', body: '您单位的填报被退回：请补充佐证材料。', href: '/units/u2', toEmail: 'lin@example.gov.cn' },
      { baseUrl: BASE },
    );
    expect(mails).toHaveLength(1);
    expect(mails[0]!.from).toBe('kaohe@example.gov.cn');
    expect(mails[0]!.to).toEqual(['lin@example.gov.cn']);
    const mail = decodeMail(mails[0]!.raw);
    expect(mail.subject).toBe('填报已退回');
    expect(mail.text).toContain('您单位的填报被退回：请补充佐证材料。');
    expect(mail.text).toContain(`${BASE}/units/u2`);
    expect(mail.html).toContain(`<a href="${BASE}/units/u2">查看详情</a>`);
  });

  it('a refused login comes back as the server reply; no recipient is a failure', async () => {
    const { id } = await saveChannel(
      admin,
      form({
        type: 'email',
        name: '错误密码邮箱',
        smtpHost: '127.0.0.1',
        smtpPort: String(smtpPort),
        smtpUser: 'kaohe',
        smtpPassword: 'wrong',
        smtpFrom: 'kaohe@example.gov.cn',
      }),
    );
    const ch = asSendChannel(await channelRow(id));
    await expect(sendThrough(ch, { title: 't', body: 'b', href: '/', toEmail: 'a@example.cn' }, { baseUrl: BASE })).rejects.toThrow(/535/);
    await expect(sendThrough(ch, { title: 't', body: 'b', href: '/' }, { baseUrl: BASE })).rejects.toThrow('收件人没有设置通知邮箱');
    await deleteChannel(admin, { id });
  });
});

describe('deliveries', () => {
  it('lists a page with names and counts; resend puts a failed row back, audited; a sent one is refused', async () => {
    const channel = await db.notifyChannel.findFirstOrThrow({ where: { type: 'email' } });
    const lin = await db.user.findFirstOrThrow({ where: { role: 'unit_head' } });
    const failed = await db.outboxMessage.create({
      data: {
        dedupeKey: 'submission.returned:s1:u:2026-06-20:c',
        kind: 'submission.returned',
        channelId: channel.id,
        recipientUserId: lin.id,
        title: '填报已退回',
        body: 'b',
        href: '/',
        status: 'failed',
        attempts: 5,
        lastError: '535 Authentication failed',
        nextAttemptAt: new Date('2026-06-19T00:00:00Z'),
      },
    });
    const sent = await db.outboxMessage.create({
      data: {
        dedupeKey: 'submission.returned:s1:u:2026-06-19:c',
        kind: 'submission.returned',
        channelId: channel.id,
        recipientUserId: lin.id,
        title: '填报已退回',
        body: 'b',
        href: '/',
        status: 'sent',
        attempts: 1,
        sentAt: NOW,
      },
    });
    const page = await listOutbox(db, { status: 'failed' });
    expect(page).toMatchObject({ total: 1, page: 1, pages: 1 });
    expect(page.rows[0]).toMatchObject({ id: failed.id, recipient: lin.name, channelName: channel.name, attempts: 5, lastError: '535 Authentication failed' });
    expect(await outboxCounts(db)).toMatchObject({ failed: 1, sent: 1, pending: 0 });
    const { rows } = await newAudit(() => resendMessage(admin, { id: failed.id }));
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({
      status: 'pending',
      attempts: 0,
      nextAttemptAt: NOW,
      claimedBy: null,
    });
    expect(rows).toMatchObject([
      {
        action: 'notify.resend',
        entityType: 'outbox_message',
        entityId: failed.id,
        before: { deliveryStatus: 'failed', attempts: 5 },
        after: { deliveryStatus: 'pending', attempts: 0 },
      },
    ]);
    expect((await refusal(resendMessage(admin, { id: sent.id }))).code).toBe('notifyChannels.notFailed');
    const head = await ctxOf(db, lin.username!, NOW);
    expect((await refusal(resendMessage(head, { id: failed.id }))).code).toBe('forbidden');
  });
});

describe('preferences', () => {
  it('a user sets their email and a daily digest; the admin another user’s; empty email restores the placeholder', async () => {
    const head = await db.user.findFirstOrThrow({ where: { role: 'unit_head' } });
    const ctx = await ctxOf(db, head.username!, NOW);
    const { rows } = await newAudit(() =>
      savePreferences(ctx, {
        notifyEmail: ' Lin.Qing@Example.gov.cn ',
        email: { mode: 'digest', digestAt: '17:30' },
        webhook: { mode: 'immediate', digestAt: '08:30' },
      }),
    );
    expect(await userPreferences(db, head.id)).toMatchObject({
      notifyEmail: 'lin.qing@example.gov.cn',
      choices: { email: { mode: 'digest', digestAt: '17:30' }, webhook: { mode: 'immediate' } },
    });
    expect(rows).toMatchObject([
      { action: 'notify.set_preferences', entityType: 'user', after: { notifyEmail: 'lin.qing@example.gov.cn', emailMode: 'digest', emailDigestAt: '17:30' } },
    ]);
    const bad = await refusal(
      savePreferences(ctx, { notifyEmail: 'not-an-email', email: { mode: 'digest', digestAt: '25:00' }, webhook: { mode: 'immediate', digestAt: '08:30' } }),
    );
    expect(bad.fieldErrors).toEqual({ notifyEmail: ['notifyChannels.errors.email'], 'email.digestAt': ['notifyChannels.errors.digestAt'] });
    const other = await db.user.findFirstOrThrow({ where: { role: 'unit_staff' } });
    expect(
      (
        await refusal(
          savePreferences(ctx, {
            userId: other.id,
            notifyEmail: '',
            email: { mode: 'immediate', digestAt: '08:30' },
            webhook: { mode: 'immediate', digestAt: '08:30' },
          }),
        )
      ).code,
    ).toBe('forbidden');
    const taken = await refusal(
      savePreferences(admin, {
        userId: other.id,
        notifyEmail: 'lin.qing@example.gov.cn',
        email: { mode: 'immediate', digestAt: '08:30' },
        webhook: { mode: 'immediate', digestAt: '08:30' },
      }),
    );
    expect(taken.fieldErrors).toEqual({ notifyEmail: ['notifyChannels.errors.emailTaken'] });
    await savePreferences(admin, {
      userId: head.id,
      notifyEmail: '',
      email: { mode: 'immediate', digestAt: '08:30' },
      webhook: { mode: 'immediate', digestAt: '08:30' },
    });
    expect((await db.user.findUniqueOrThrow({ where: { id: head.id } })).email).toBe(`${head.username}@users.leitai.local`);
  });

  it('every audit row written here has labelled fields', async () => {
    const rows = await db.auditLog.findMany({ where: { action: { startsWith: 'notify.' } } });
    expect(rows.length).toBeGreaterThan(5);
    expect(unlabelledAuditFields(rows)).toEqual({ 'zh-CN': [], en: [] });
  });
});

describe('a different key', () => {
  it('leaves the secrets unreadable: the page says so, sending refuses with a clear reason', async () => {
    const saved = process.env.LEITAI_SECRET_KEY;
    process.env.LEITAI_SECRET_KEY = Buffer.alloc(32, 9).toString('base64');
    try {
      const views = await listChannels(db);
      expect(views.length).toBeGreaterThan(0);
      expect(views.every((v) => v.secretUnreadable && !v.secrets.webhookUrl)).toBe(true);
      const row = await db.notifyChannel.findFirstOrThrow({ where: { type: 'dingtalk', secret: { not: null } } });
      await expect(sendThrough(asSendChannel(row), { title: 't', body: 'b', href: '/' }, { baseUrl: BASE })).rejects.toThrow(/LEITAI_SECRET_KEY/);
    } finally {
      if (saved === undefined) delete process.env.LEITAI_SECRET_KEY;
      else process.env.LEITAI_SECRET_KEY = saved;
    }
  });
});
