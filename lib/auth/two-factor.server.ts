// TOTP second factor through better-auth's two-factor plugin (auth.api.* from server actions; the HTTP handler is not
// mounted). Enrol: password → otpauth URI (QR as inline SVG + key) → a code confirms it → backup codes shown once.
// Sign-in: the password step leaves a signed `leitai.two_factor` cookie (10 minutes); the second step verifies a
// TOTP or backup code against it (5 tries per challenge, 10 in a row lock the factor for 15 minutes — the plugin's).
import 'server-only';
import { APIError } from 'better-auth/api';
import { headers } from 'next/headers';
import QRCode from 'qrcode';
import type { ActionContext } from '../actions/define-action.server';
import { DomainError } from '../actions/result';
import { writeAudit } from '../audit.server';
import { getDb } from '../db.server';
import { roleSchema } from '../domain/schemas';
import { clientIp, sessionHeaders } from '../request.server';
import { getSettings } from '../settings/settings.server';
import { getAuth } from './auth.server';
import { manualKeyOf, mustEnrolTwoFactor, parseSecondFactorCode, PRIVILEGED_ROLES, TWO_FACTOR_ISSUER } from './two-factor-rules';

/** better-auth's error code of a refusal (INVALID_PASSWORD, INVALID_CODE, …), or null for anything else. */
function codeOf(err: unknown): string | null {
  if (!(err instanceof APIError)) return null;
  const body = err.body as { code?: unknown } | undefined;
  return typeof body?.code === 'string' ? body.code : null;
}

export interface Enrolment {
  /** the QR code of the otpauth URI, an SVG document made by `qrcode` */
  qrSvg: string;
  /** the secret for typing in by hand, in groups of four */
  manualKey: string;
}

/** After a password-only sign-in: must this account enrol before anything else (setting on, admin/auditor, no TOTP)? */
export async function mustEnrolAfterSignIn(username: string): Promise<boolean> {
  const db = await getDb();
  const u = await db.user.findUnique({ where: { username: username.trim().toLowerCase() }, select: { role: true, twoFactorEnabled: true } });
  const role = u ? roleSchema.safeParse(u.role) : null;
  if (!u || !role?.success) return false;
  return mustEnrolTwoFactor({ role: role.data, twoFactorEnabled: u.twoFactorEnabled }, (await getSettings(db))['twoFactor.requiredForPrivileged']);
}

/** Step 1: check the password, store a new (unverified) secret, hand back its QR code. */
export async function startEnrolment(ctx: ActionContext, password: string): Promise<Enrolment> {
  if (ctx.user.twoFactorEnabled) throw new DomainError('account.twoFactor.errors.alreadyEnabled');
  const auth = await getAuth();
  let uri: string;
  try {
    const res = await auth.api.enableTwoFactor({ body: { password, issuer: TWO_FACTOR_ISSUER }, headers: await sessionHeaders() });
    if (!('totpURI' in res) || !res.totpURI) throw new Error('no TOTP URI');
    uri = res.totpURI;
  } catch (err) {
    const code = codeOf(err);
    if (code === 'INVALID_PASSWORD') throw new DomainError('account.twoFactor.errors.wrongPassword');
    if (code === 'TOTP_ALREADY_ENABLED') throw new DomainError('account.twoFactor.errors.alreadyEnabled');
    throw err;
  }
  const qrSvg = await QRCode.toString(uri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { qrSvg, manualKey: manualKeyOf(uri) };
}

/** Step 2: a code from the app turns the factor on (the plugin re-issues the session); the backup codes are returned once. */
export async function confirmEnrolment(ctx: ActionContext, rawCode: string): Promise<{ backupCodes: string[] }> {
  const parsed = parseSecondFactorCode(rawCode);
  if (parsed?.kind !== 'totp') throw new DomainError('account.twoFactor.errors.codeFormat');
  const auth = await getAuth();
  try {
    await auth.api.verifyTOTP({ body: { code: parsed.code }, headers: await sessionHeaders() });
  } catch (err) {
    const code = codeOf(err);
    if (code === 'INVALID_CODE') throw new DomainError('account.twoFactor.errors.wrongCode');
    if (code === 'TOTP_NOT_ENABLED') throw new DomainError('account.twoFactor.errors.notStarted');
    throw err;
  }
  const { backupCodes } = await auth.api.viewBackupCodes({ body: { userId: ctx.user.id } });
  await ctx.db.$transaction((tx) => ctx.audit(tx, { action: 'account.two_factor_enable', entityType: 'user', entityId: ctx.user.id }));
  return { backupCodes };
}

/** Turn the factor off (password again); refused while the setting requires it for this role. */
export async function disableSecondFactor(ctx: ActionContext, password: string): Promise<{ disabled: true }> {
  if (PRIVILEGED_ROLES.has(ctx.user.role) && mustEnrolTwoFactor({ role: ctx.user.role }, (await getSettings())['twoFactor.requiredForPrivileged'])) {
    throw new DomainError('account.twoFactor.errors.requiredCannotDisable');
  }
  const auth = await getAuth();
  try {
    await auth.api.disableTwoFactor({ body: { password }, headers: await sessionHeaders() });
  } catch (err) {
    if (codeOf(err) === 'INVALID_PASSWORD') throw new DomainError('account.twoFactor.errors.wrongPassword');
    throw err;
  }
  await ctx.db.$transaction((tx) => ctx.audit(tx, { action: 'account.two_factor_disable', entityType: 'user', entityId: ctx.user.id }));
  return { disabled: true };
}

export type SecondStepResult = { ok: true } | { ok: false; reason: 'format' | 'wrongCode' | 'wrongBackupCode' | 'tooMany' | 'locked' | 'expired' };

const TWO_FACTOR_COOKIE = /(?:^|;\s*)(?:__Secure-)?leitai\.two_factor=([^;]+)/;

/** Whose second step this is (for the audit row): the user the password step's challenge names, if it is still open. */
async function challengeUser(h: Headers): Promise<{ id: string; username: string | null } | null> {
  const m = TWO_FACTOR_COOKIE.exec(h.get('cookie') ?? '');
  if (!m) return null;
  const identifier = decodeURIComponent(m[1] as string).split('.')[0];
  if (!identifier) return null;
  const db = await getDb();
  const v = await db.verification.findFirst({ where: { identifier }, select: { value: true } });
  if (!v) return null;
  const u = await db.user.findUnique({ where: { id: v.value }, select: { id: true, username: true } });
  return u ? { id: u.id, username: u.username } : null;
}

/** Whether the browser holds an open second-step challenge (the page sends others back to the password step). */
export async function hasOpenChallenge(): Promise<boolean> {
  return (await challengeUser(await headers())) !== null;
}

/** The second sign-in step: a TOTP code or a backup code; success opens the session (cookie via nextCookies). */
export async function verifySecondStep(raw: string): Promise<SecondStepResult> {
  const h = await sessionHeaders();
  const ip = await clientIp(h);
  const parsed = parseSecondFactorCode(raw);
  if (!parsed) return { ok: false, reason: 'format' };
  const who = await challengeUser(h);
  const auth = await getAuth();
  let reason: Exclude<SecondStepResult, { ok: true }>['reason'] | null = null;
  let userId: string | null = null;
  let name = who?.username ?? '';
  try {
    const res =
      parsed.kind === 'totp'
        ? await auth.api.verifyTOTP({ body: { code: parsed.code, trustDevice: false }, headers: h })
        : await auth.api.verifyBackupCode({ body: { code: parsed.code, trustDevice: false }, headers: h });
    userId = res.user.id;
    name = res.user.name;
  } catch (err) {
    const code = codeOf(err);
    if (code === 'INVALID_CODE') reason = 'wrongCode';
    else if (code === 'INVALID_BACKUP_CODE') reason = 'wrongBackupCode';
    else if (code === 'TOO_MANY_ATTEMPTS_REQUEST_NEW_CODE') reason = 'tooMany';
    else if (code === 'ACCOUNT_TEMPORARILY_LOCKED') reason = 'locked';
    else if (code === 'INVALID_TWO_FACTOR_COOKIE') reason = 'expired';
    else {
      console.error('second factor failed unexpectedly', err);
      reason = 'expired';
    }
  }
  const username = (who?.username ?? '').slice(0, 64);
  const db = await getDb();
  await db.$transaction((tx) =>
    writeAudit(
      tx,
      { id: userId ?? who?.id ?? null, name: (userId ? name : username) || '?', ip },
      userId
        ? { action: 'auth.sign_in', entityType: 'sign_in', entityId: username, after: { secondFactor: parsed.kind } }
        : { action: 'auth.two_factor_failed', entityType: 'sign_in', entityId: username, after: { secondFactor: parsed.kind, reason } },
    ),
  );
  return reason ? { ok: false, reason } : { ok: true };
}
