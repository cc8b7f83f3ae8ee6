// Notify channels: 钉钉's signature against a vector computed elsewhere (openssl), the robot and email bodies, the admin
// form's rules, and the secrets' encryption (round trip, tampering and a wrong key refused, the dev key file).
import { createHmac } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { absoluteLink, dingtalkBody, dingtalkSign, dingtalkUrl, emailBody, robotRefusal, wecomBody } from '@/lib/notify/bodies';
import { channelFormSchema, channelFromForm, realEmail } from '@/lib/notify/channels';
import { NOTIFY_KINDS } from '@/lib/notify/types';
import { messages } from '@/messages';
import { decryptSecrets, encryptSecrets, parseSecretKey, secretKey, SecretKeyError } from '@/lib/notify/secrets.server';

const msg = { title: '填报截止提醒', body: '林业局的 2026年上半年 填报将于 3 天后截止。', href: '/units/u1?tab=submission' };

describe('钉钉 signature', () => {
  it('matches a vector computed with openssl', () => {
    // printf '1700000000000\nSEC123' | openssl dgst -sha256 -hmac SEC123 -binary | base64
    expect(dingtalkSign('SEC123', 1_700_000_000_000)).toBe(encodeURIComponent('lkcPI1uoxBY1gUnCnnPH1Kkru0Hqjo7rFpA3haIVhEQ='));
  });

  it('matches HMAC-SHA256(secret, "timestamp\\nsecret") for any secret', () => {
    const secret = 'SECa1b2c3/+=中文';
    const ts = 1_767_225_600_123;
    const expected = createHmac('sha256', secret).update(`${ts}\n${secret}`).digest('base64');
    expect(decodeURIComponent(dingtalkSign(secret, ts))).toBe(expected);
  });

  it('appends timestamp and sign to the webhook URL, nothing without a secret', () => {
    const base = 'https://oapi.dingtalk.com/robot/send?access_token=abc';
    const now = new Date(1_700_000_000_000);
    expect(dingtalkUrl(base, undefined, now)).toBe(base);
    const url = new URL(dingtalkUrl(base, 'SEC123', now));
    expect(url.searchParams.get('access_token')).toBe('abc');
    expect(url.searchParams.get('timestamp')).toBe('1700000000000');
    expect(url.searchParams.get('sign')).toBe('lkcPI1uoxBY1gUnCnnPH1Kkru0Hqjo7rFpA3haIVhEQ=');
  });
});

describe('message bodies', () => {
  const link = absoluteLink(msg.href, 'https://kaohe.example.gov.cn');

  it('makes links absolute with the base URL (with or without a path or trailing slash)', () => {
    expect(link).toBe('https://kaohe.example.gov.cn/units/u1?tab=submission');
    expect(absoluteLink('/review', 'https://x.example.cn/leitai')).toBe('https://x.example.cn/leitai/review');
    expect(absoluteLink('/review', 'https://x.example.cn/leitai/')).toBe('https://x.example.cn/leitai/review');
  });

  it('钉钉: markdown with title, body and the link', () => {
    const b = dingtalkBody(msg, link);
    expect(b).toEqual({ msgtype: 'markdown', markdown: { title: msg.title, text: `#### ${msg.title}\n\n${msg.body}\n\n[查看详情](${link})` } });
  });

  it('企业微信: markdown content, clipped to its 4096-byte limit', () => {
    expect(wecomBody(msg, link)).toEqual({ msgtype: 'markdown', markdown: { content: `**${msg.title}**\n${msg.body}\n\n[查看详情](${link})` } });
    const long = wecomBody({ ...msg, body: '长'.repeat(5000) }, link);
    expect(Buffer.byteLength(long.markdown.content)).toBeLessThanOrEqual(4000);
  });

  it('email: subject, text with the link, escaped HTML', () => {
    const e = emailBody({ ...msg, body: '<b>注意</b>\n第二行' }, link);
    expect(e.subject).toBe(msg.title);
    expect(e.text).toContain(link);
    expect(e.html).toContain('&lt;b&gt;注意&lt;/b&gt;<br>第二行');
    expect(e.html).toContain(`<a href="${link}">查看详情</a>`);
  });

  it('a robot reply with a non-zero errcode is a refusal', () => {
    expect(robotRefusal({ errcode: 0, errmsg: 'ok' })).toBeNull();
    expect(robotRefusal({ errcode: 310000, errmsg: 'sign not match' })).toBe('errcode 310000: sign not match');
  });

  it('placeholder account emails count as no email', () => {
    expect(realEmail('zhang@users.leitai.local')).toBeNull();
    expect(realEmail('zhang@example.gov.cn')).toBe('zhang@example.gov.cn');
  });
});

describe('channel form', () => {
  const base = {
    type: 'dingtalk' as const,
    name: '区考核办钉钉群',
    unitId: null,
    enabled: true,
    webhookUrl: 'https://oapi.dingtalk.com/robot/send?access_token=t1',
    signSecret: 'SEC1',
    smtpHost: '',
    smtpPort: '',
    smtpSecurity: 'starttls' as const,
    smtpUser: '',
    smtpPassword: '',
    smtpFrom: '',
  };

  it('refuses a webhook that is not http(s), with our message', () => {
    const r = channelFormSchema.safeParse({ ...base, webhookUrl: 'file:///etc/passwd' });
    expect(r.success).toBe(false);
    expect(r.error!.issues[0]!.message).toBe('notifyChannels.errors.webhookUrl');
  });

  it('an email channel needs host, port and sender', () => {
    const r = channelFormSchema.safeParse({ ...base, type: 'email', smtpPort: '99999', smtpFrom: 'x' });
    expect(r.error!.issues.map((i) => i.path[0])).toEqual(['smtpHost', 'smtpPort', 'smtpFrom']);
    expect(
      channelFormSchema.safeParse({ ...base, type: 'email', smtpHost: 'smtp.example.cn', smtpPort: '465', smtpFrom: '考核办 <kh@example.cn>' }).success,
    ).toBe(true);
  });

  it('keeps stored secrets when the fields are left empty; stores only the host in clear', () => {
    const form = channelFormSchema.parse({ ...base, webhookUrl: '', signSecret: '' });
    const r = channelFromForm(form, { webhookUrl: 'https://oapi.dingtalk.com/robot/send?access_token=old', signSecret: 'OLD' });
    expect(r.secrets).toEqual({ webhookUrl: 'https://oapi.dingtalk.com/robot/send?access_token=old', signSecret: 'OLD' });
    expect(r.config).toEqual({ webhookHost: 'oapi.dingtalk.com' });
    const cleared = channelFromForm(channelFormSchema.parse({ ...base, signSecret: '', clearSignSecret: true }), { signSecret: 'OLD' });
    expect(cleared.secrets).toEqual({ webhookUrl: base.webhookUrl });
  });
});

describe('secrets at rest', () => {
  const key = parseSecretKey(Buffer.alloc(32, 7).toString('base64'));
  const value = { webhookUrl: 'https://qyapi.weixin.qq.com/cgi-bin/webhook/send?key=693a91f6', password: 'Pa55-word' };

  it('round-trips, with a fresh IV each time and nothing readable', () => {
    const a = encryptSecrets(value, key);
    const b = encryptSecrets(value, key);
    expect(a).toMatch(/^v1:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+:[A-Za-z0-9+/=]+$/);
    expect(a).not.toBe(b);
    expect(a).not.toContain('693a91f6');
    expect(decryptSecrets(a, key)).toEqual(value);
  });

  it('refuses a changed ciphertext or tag', () => {
    const [v, iv, tag, body] = encryptSecrets(value, key).split(':') as [string, string, string, string];
    const flipped = Buffer.from(body, 'base64');
    flipped[0]! ^= 1;
    expect(() => decryptSecrets([v, iv, tag, flipped.toString('base64')].join(':'), key)).toThrow(SecretKeyError);
    expect(() => decryptSecrets([v, iv, Buffer.alloc(16).toString('base64'), body].join(':'), key)).toThrow(/密文被改动/);
    expect(() => decryptSecrets('v0:a:b:c', key)).toThrow(SecretKeyError);
  });

  it('refuses a wrong key with a clear error', () => {
    const other = parseSecretKey('ab'.repeat(32));
    expect(() => decryptSecrets(encryptSecrets(value, key), other)).toThrow(/LEITAI_SECRET_KEY/);
  });

  it('takes the key from LEITAI_SECRET_KEY (base64 or hex, 32 bytes) or keeps one in data/, owner-only', () => {
    expect(() => parseSecretKey('too-short')).toThrow(/32 字节/);
    expect(secretKey({ LEITAI_SECRET_KEY: '07'.repeat(32) }).equals(key)).toBe(true);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-key-'));
    const first = secretKey({}, dir);
    expect(secretKey({}, dir).equals(first)).toBe(true);
    expect(fs.statSync(path.join(dir, 'notify-secret-key')).mode & 0o777).toBe(0o600);
    fs.rmSync(dir, { recursive: true });
  });
});

describe('deliveries page words', () => {
  it('names every reminder kind in both languages', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const kinds = messages[locale].notifyChannels.kinds as unknown as Record<string, Record<string, string>>;
      for (const k of NOTIFY_KINDS) {
        const [a, b] = k.split('.') as [string, string];
        expect(kinds[a]?.[b], `${locale} ${k}`).toEqual(expect.any(String));
      }
    }
  });
});
