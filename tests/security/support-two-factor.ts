// Helpers of the two-factor specs: a throwaway account in the e2e database, and TOTP codes (RFC 6238) computed here.
import { createHmac, randomBytes } from 'node:crypto';
import path from 'node:path';
import { accountRows, hashPassword } from '@/lib/auth/accounts';
import { createClient, type Db } from '@/lib/db/client';
import type { Role } from '@/lib/domain/enums';

export const DB_URL = process.env.E2E_DATABASE_URL ?? `file:${path.resolve('data', `e2e-${process.env.E2E_PORT ?? '3100'}.db`)}`;
export const TEST_PASSWORD = 'Tf#Leitai-2026x';

export async function withDb<T>(fn: (db: Db) => Promise<T>): Promise<T> {
  const db = await createClient(DB_URL);
  try {
    return await fn(db);
  } finally {
    await db.$disconnect();
  }
}

/** A fresh account for one test (never the shared demo accounts, which other tests sign in in parallel). */
export async function createTestUser(role: Role, label: string): Promise<{ id: string; username: string }> {
  const username = `tf_${label}_${randomBytes(3).toString('hex')}`;
  const rows = accountRows({ username, name: `两步验证测试${label}`, role }, await hashPassword(TEST_PASSWORD));
  await withDb(async (db) => {
    await db.user.create({ data: rows.user });
    await db.account.create({ data: rows.account });
  });
  return { id: rows.user.id, username };
}

function base32Decode(input: string): Buffer {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
  let bits = 0;
  let value = 0;
  const out: number[] = [];
  for (const ch of input.replace(/[\s=]/g, '').toUpperCase()) {
    const idx = alphabet.indexOf(ch);
    if (idx < 0) throw new Error(`not base32: ${ch}`);
    value = (value << 5) | idx;
    bits += 5;
    if (bits >= 8) {
      out.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(out);
}

/** RFC 6238 TOTP (HMAC-SHA1, 30 s, 6 digits) of a base32 key, as authenticator apps compute it. */
export function totp(base32Key: string, at: number = Date.now()): string {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(Math.floor(at / 30_000)));
  const mac = createHmac('sha1', base32Decode(base32Key)).update(counter).digest();
  const offset = (mac[mac.length - 1] as number) & 0x0f;
  const code = (mac.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(code).padStart(6, '0');
}

/** A 6-digit code that is none of the codes valid around now (the server accepts ±1 period). */
export function wrongCode(base32Key: string): string {
  const valid = new Set([-1, 0, 1].map((k) => totp(base32Key, Date.now() + k * 30_000)));
  for (let n = 0; ; n++) {
    const c = String((123_456 + n * 7919) % 1_000_000).padStart(6, '0');
    if (!valid.has(c)) return c;
  }
}
