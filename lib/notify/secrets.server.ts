// A channel's secrets (webhook URL with its token, 钉钉 signing secret, SMTP password) encrypted at rest: AES-256-GCM,
// stored as "v1:<iv>:<tag>:<ciphertext>" (base64). Key: LEITAI_SECRET_KEY (32 bytes, base64 or hex); without it a dev
// or demo deployment keeps a random key in data/notify-secret-key (like data/auth-secret) — production must set the
// variable and keep it safe: losing it makes every channel's secrets unreadable (re-enter them on /admin/notify).
// No 'server-only' marker: the seed (plain Node) encrypts the demo channels' secrets with it.
import crypto from 'node:crypto';
import path from 'node:path';
import { keptSecret } from '../auth/secret';

const VERSION = 'v1';
const KEY_FILE = 'notify-secret-key';

/** A refusal to encrypt or decrypt, in words an administrator can act on. */
export class SecretKeyError extends Error {
  override name = 'SecretKeyError';
}

/** 32 bytes from base64 (44 chars) or hex (64 chars); anything else is refused. */
export function parseSecretKey(text: string): Buffer {
  const s = text.trim();
  const key = /^[0-9a-fA-F]{64}$/.test(s) ? Buffer.from(s, 'hex') : Buffer.from(s, 'base64');
  if (key.length !== 32) throw new SecretKeyError('LEITAI_SECRET_KEY 必须是 32 字节的密钥（base64 或 64 位十六进制），例如 `openssl rand -base64 32` 的输出');
  return key;
}

/** The key in use: LEITAI_SECRET_KEY, else the one kept in data/ (created on first use). */
export function secretKey(env: Record<string, string | undefined> = process.env, dir = path.join(process.cwd(), 'data')): Buffer {
  if (env.LEITAI_SECRET_KEY) return parseSecretKey(env.LEITAI_SECRET_KEY);
  return parseSecretKey(keptSecret(dir, KEY_FILE, () => crypto.randomBytes(32).toString('base64')));
}

// the process's key, read once per LEITAI_SECRET_KEY value (a sender decrypts a channel per message)
let current: { env: string | undefined; key: Buffer } | null = null;
function processKey(): Buffer {
  if (!current || current.env !== process.env.LEITAI_SECRET_KEY) current = { env: process.env.LEITAI_SECRET_KEY, key: secretKey() };
  return current.key;
}

/** Encrypt a channel's secrets (any JSON value). */
export function encryptSecrets(value: unknown, key: Buffer = processKey()): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv);
  const body = Buffer.concat([cipher.update(JSON.stringify(value), 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64'), cipher.getAuthTag().toString('base64'), body.toString('base64')].join(':');
}

/** Decrypt what encryptSecrets wrote; a wrong key or a changed byte is refused (GCM's tag), never returned as garbage. */
export function decryptSecrets<T = unknown>(stored: string, key: Buffer = processKey()): T {
  const parts = stored.split(':');
  if (parts.length !== 4 || parts[0] !== VERSION) throw new SecretKeyError('通知渠道的密钥格式不对（应为 v1:<iv>:<tag>:<密文>）');
  const [, iv, tag, body] = parts as [string, string, string, string];
  let plain: string;
  try {
    const decipher = crypto.createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    plain = Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new SecretKeyError('无法解密通知渠道的密钥：LEITAI_SECRET_KEY 与加密时的不同，或数据库中的密文被改动；请核对密钥或在“消息提醒”页重新填写');
  }
  return JSON.parse(plain) as T;
}
