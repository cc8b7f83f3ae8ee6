// Graphic CAPTCHA for the sign-in page (svg-captcha, drawn on this machine). A challenge is a `CaptchaChallenge` row:
// the answer only as an HMAC (case-insensitive), used at most once, expires after CAPTCHA_TTL_MINUTES; any instance
// can check what another issued.
import 'server-only';
import { createHmac, randomUUID, timingSafeEqual } from 'node:crypto';
import svgCaptcha from 'svg-captcha';
import type { Db, Tx } from '../db/client';
import { authSecret } from './secret';

export const CAPTCHA_TTL_MINUTES = 5;
/** No look-alikes (0/o, 1/l/i) so that a person reads it right the first time. */
const IGNORE_CHARS = '0oO1lIi';

function answerHash(id: string, answer: string): string {
  return createHmac('sha256', authSecret()).update(`captcha:${id}:${answer.trim().toLowerCase()}`).digest('hex');
}

export interface IssuedCaptcha {
  id: string;
  /** the SVG image, to show as it is */
  svg: string;
  /** the answer: only for tests and never sent to a browser */
  text: string;
  expiresAt: Date;
}

/** Draw and store a new challenge; expired ones are swept on the way. */
export async function issueCaptcha(db: Db | Tx, now: Date = new Date()): Promise<IssuedCaptcha> {
  const { data, text } = svgCaptcha.create({ size: 4, noise: 2, color: true, ignoreChars: IGNORE_CHARS, width: 132, height: 44, fontSize: 48 });
  const id = randomUUID();
  const expiresAt = new Date(now.getTime() + CAPTCHA_TTL_MINUTES * 60_000);
  await db.captchaChallenge.deleteMany({ where: { expiresAt: { lt: new Date(now.getTime() - 60 * 60_000) } } });
  await db.captchaChallenge.create({ data: { id, answerHash: answerHash(id, text), expiresAt, createdAt: now } });
  return { id, svg: data, text, expiresAt };
}

/**
 * Check an answer and use the challenge up, whatever the answer: one challenge, one try. false for a wrong answer,
 * an unknown, used or expired challenge. The claim (usedAt) is one conditional UPDATE, so two requests cannot both use it.
 */
export async function consumeCaptcha(db: Db | Tx, id: string | null | undefined, answer: string | null | undefined, now: Date = new Date()): Promise<boolean> {
  if (!id || !answer || id.length > 64 || answer.length > 16) return false;
  const claimed = await db.captchaChallenge.updateMany({ where: { id, usedAt: null, expiresAt: { gt: now } }, data: { usedAt: now } });
  if (claimed.count !== 1) return false;
  const row = await db.captchaChallenge.findUnique({ where: { id }, select: { answerHash: true } });
  if (!row) return false;
  const want = Buffer.from(row.answerHash, 'hex');
  const got = Buffer.from(answerHash(id, answer), 'hex');
  return want.length === got.length && timingSafeEqual(want, got);
}
