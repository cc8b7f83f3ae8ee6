// The messages a channel sends (issue #14 part B): 钉钉 / 企业微信 robot markdown bodies, 钉钉's signature, the email's
// subject, text and HTML, absolute links, and reading a robot's reply. Pure: no I/O (the sending is ./transports.server.ts).
import { createHmac } from 'node:crypto';

export interface ChannelMessage {
  title: string;
  body: string;
  href: string;
  toEmail?: string;
}

/** `href` made absolute with the public base URL (setting notify.baseUrl). */
export const absoluteLink = (href: string, baseUrl: string) => new URL(href.replace(/^\/+/, ''), baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString();

/** 钉钉's robot signature: url-encoded base64(HMAC-SHA256(secret, "<timestamp>\n<secret>")). */
export function dingtalkSign(secret: string, timestamp: number): string {
  return encodeURIComponent(createHmac('sha256', secret).update(`${timestamp}\n${secret}`).digest('base64'));
}

/** The webhook URL with 钉钉's `timestamp` and `sign` appended (unchanged without a signing secret). */
export function dingtalkUrl(webhookUrl: string, signSecret: string | undefined, now: Date): string {
  if (!signSecret) return webhookUrl;
  const ts = now.getTime();
  return `${webhookUrl}${webhookUrl.includes('?') ? '&' : '?'}timestamp=${ts}&sign=${dingtalkSign(signSecret, ts)}`;
}

/** Cut to at most `max` UTF-8 bytes (robots refuse longer markdown: 企业微信 4096 bytes). */
function clip(s: string, max: number): string {
  if (Buffer.byteLength(s) <= max) return s;
  let out = s;
  while (Buffer.byteLength(out) > max - 3) out = out.slice(0, Math.floor(out.length * 0.9));
  return `${out}…`;
}

const LINK_LABEL = '查看详情';
const markdownText = (m: ChannelMessage, link: string) => `${m.body}\n\n[${LINK_LABEL}](${link})`;

export function dingtalkBody(m: ChannelMessage, link: string) {
  return { msgtype: 'markdown', markdown: { title: m.title, text: clip(`#### ${m.title}\n\n${markdownText(m, link)}`, 18_000) } };
}

export function wecomBody(m: ChannelMessage, link: string) {
  return { msgtype: 'markdown', markdown: { content: clip(`**${m.title}**\n${markdownText(m, link)}`, 4_000) } };
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function emailBody(m: ChannelMessage, link: string) {
  return {
    subject: m.title,
    text: `${m.body}\n\n${LINK_LABEL}：${link}\n`,
    html: `<p>${escapeHtml(m.body).replace(/\n/g, '<br>')}</p><p><a href="${escapeHtml(link)}">${LINK_LABEL}</a></p>`,
  };
}

/** A robot's reply: errcode 0 = accepted; anything else is the failure's reason. */
export function robotRefusal(reply: unknown): string | null {
  if (!reply || typeof reply !== 'object') return '机器人返回的不是 JSON';
  const r = reply as { errcode?: unknown; errmsg?: unknown };
  if (r.errcode === 0 || r.errcode === undefined) return null;
  return `errcode ${String(r.errcode)}: ${typeof r.errmsg === 'string' ? r.errmsg : ''}`.trim();
}
