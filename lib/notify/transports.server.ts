// Sending one message through one channel (issue #14 part B) — the contract the outbox sender calls: resolves on
// delivery, throws an Error with a short reason (HTTP status, the robot's errcode/errmsg, the SMTP server's reply).
// Robots: 钉钉 / 政务钉钉 (markdown, optional timestamp + HMAC-SHA256 sign) and 企业微信 (markdown, key in the URL);
// email over SMTP (nodemailer). 10 s timeout; redirects are never followed; webhook URLs must be http(s).
import 'server-only';
import nodemailer from 'nodemailer';
import { getSetting } from '../settings/settings.server';
import { absoluteLink, dingtalkBody, dingtalkUrl, emailBody, robotRefusal, wecomBody, type ChannelMessage } from './bodies';
import { webhookUrlSchema, type ChannelConfig, type ChannelSecrets, type ChannelType } from './channels';
import { decryptSecrets } from './secrets.server';

export const SEND_TIMEOUT_MS = 10_000;

export interface SendChannel {
  id: string;
  type: ChannelType;
  /** NotifyChannel.config */
  config: unknown;
  /** NotifyChannel.secret as stored (encrypted); decrypted here */
  secret: string | null;
}

export interface SendOptions {
  now?: Date;
  signal?: AbortSignal;
  /** the public base URL links are made absolute with; default: the setting notify.baseUrl */
  baseUrl?: string;
}

/** A failure to send, with the short reason the admin reads (OutboxMessage.lastError). */
export class SendError extends Error {
  override name = 'SendError';
}

export async function sendThrough(channel: SendChannel, message: ChannelMessage, opts: SendOptions = {}): Promise<void> {
  const secrets = channel.secret ? decryptSecrets<ChannelSecrets>(channel.secret) : {};
  const config = (channel.config ?? {}) as ChannelConfig;
  const link = absoluteLink(message.href, opts.baseUrl ?? (await getSetting('notify.baseUrl')));
  // one signal ending on our timeout or the caller's, carrying the words of why
  const ctl = new AbortController();
  const timer = setTimeout(() => ctl.abort(new SendError(`超时（${SEND_TIMEOUT_MS / 1000} 秒）`)), SEND_TIMEOUT_MS);
  const stop = () => ctl.abort(new SendError('已取消'));
  if (opts.signal?.aborted) stop();
  opts.signal?.addEventListener('abort', stop, { once: true });
  try {
    switch (channel.type) {
      case 'dingtalk':
        return await postRobot(dingtalkUrl(webhookOf(secrets), secrets.signSecret, opts.now ?? new Date()), dingtalkBody(message, link), ctl.signal);
      case 'wecom':
        return await postRobot(webhookOf(secrets), wecomBody(message, link), ctl.signal);
      case 'email':
        return await sendEmail(config, secrets, message, link, ctl.signal);
      default:
        throw new SendError(`未知的渠道类型 ${String(channel.type)}`);
    }
  } finally {
    clearTimeout(timer);
    opts.signal?.removeEventListener('abort', stop);
  }
}

function webhookOf(secrets: ChannelSecrets): string {
  if (!secrets.webhookUrl || !webhookUrlSchema.safeParse(secrets.webhookUrl).success) throw new SendError('Webhook 地址未设置或不是 http(s) 地址');
  return secrets.webhookUrl;
}

async function postRobot(url: string, body: unknown, signal: AbortSignal): Promise<void> {
  let res: Response;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify(body),
      // a redirect is reported, not followed: a robot URL that moves elsewhere is a configuration to look at
      redirect: 'manual',
      signal,
    });
  } catch (err) {
    throw new SendError(signal.aborted ? abortReason(signal) : reasonOf(err));
  }
  const text = await res.text().catch(() => '');
  if (signal.aborted) throw new SendError(abortReason(signal)); // the reply was cut short: not known to be delivered
  if (res.status >= 300 && res.status < 400) throw new SendError(`HTTP ${res.status} 重定向（未跟随）`);
  if (!res.ok) throw new SendError(`HTTP ${res.status}${text ? `: ${text.slice(0, 200)}` : ''}`);
  let reply: unknown;
  try {
    reply = JSON.parse(text);
  } catch {
    return; // 2xx without JSON: accepted (a plain receiver)
  }
  const refusal = robotRefusal(reply);
  if (refusal) throw new SendError(refusal.slice(0, 300));
}

async function sendEmail(config: ChannelConfig, secrets: ChannelSecrets, m: ChannelMessage, link: string, signal: AbortSignal): Promise<void> {
  if (!m.toEmail) throw new SendError('收件人没有设置通知邮箱');
  if (!config.host || !config.port || !config.from) throw new SendError('SMTP 服务器未设置完整');
  const transport = nodemailer.createTransport({
    host: config.host,
    port: config.port,
    secure: config.security === 'tls',
    requireTLS: config.security === 'starttls',
    ignoreTLS: config.security === 'none',
    auth: config.user ? { user: config.user, pass: secrets.password ?? '' } : undefined,
    connectionTimeout: SEND_TIMEOUT_MS,
    greetingTimeout: SEND_TIMEOUT_MS,
    socketTimeout: SEND_TIMEOUT_MS,
  });
  const abort = () => transport.close();
  signal.addEventListener('abort', abort, { once: true });
  try {
    await transport.sendMail({ from: config.from, to: m.toEmail, ...emailBody(m, link) });
  } catch (err) {
    throw new SendError(signal.aborted ? abortReason(signal) : reasonOf(err));
  } finally {
    signal.removeEventListener('abort', abort);
    transport.close();
  }
}

/** Why the signal ended the send: our timeout, or the caller stopping (e.g. a sender shutting down). */
const abortReason = (signal: AbortSignal) => (signal.reason instanceof Error ? signal.reason.message : '已取消');

/** The short reason of a network or SMTP failure: the server's reply when there is one. */
function reasonOf(err: unknown): string {
  if (err instanceof Error) {
    const e = err as Error & { response?: string; code?: string; cause?: { code?: string; message?: string } };
    const reason = e.response ?? (e.cause?.code ? `${e.cause.code}${e.cause.message ? ` ${e.cause.message}` : ''}` : e.message);
    return reason.slice(0, 300);
  }
  return String(err).slice(0, 300);
}
