// TOTP second factor (DESIGN §9): who must enrol, what a code looks like. Pure: no I/O.
import type { Role } from '../domain/enums';

/** The name authenticator apps show next to the account. */
export const TWO_FACTOR_ISSUER = 'Leitai 擂台';

/** Where a user enrols; the only page (with sign-out) a privileged user without 2FA may reach when it is required. */
export const TWO_FACTOR_SETUP_PATH = '/account/two-factor';
/** The second sign-in step. */
export const TWO_FACTOR_SIGN_IN_PATH = '/login/two-factor';

/** Roles that must use a second factor when `twoFactor.requiredForPrivileged` is on (三员: 系统/审计管理员). */
export const PRIVILEGED_ROLES: ReadonlySet<Role> = new Set<Role>(['admin', 'auditor']);

/** The refusal code (actions, route handlers) for a privileged user who has not yet enrolled when it is required. */
export const TWO_FACTOR_REQUIRED = 'twoFactorRequired';

export function mustEnrolTwoFactor(user: { role: Role; twoFactorEnabled?: boolean }, requiredForPrivileged: boolean): boolean {
  return requiredForPrivileged && PRIVILEGED_ROLES.has(user.role) && !user.twoFactorEnabled;
}

/** A 6-digit authenticator code (spaces allowed when typed). */
export const TOTP_CODE = /^\d{6}$/;
/** A backup code as better-auth makes them: 10 letters/digits, shown as xxxxx-xxxxx. */
export const BACKUP_CODE = /^[A-Za-z0-9]{5}-?[A-Za-z0-9]{5}$/;

export type SecondFactorCode = { kind: 'totp'; code: string } | { kind: 'backup'; code: string } | null;

/** Read what the user typed as a TOTP code or a backup code; null when it is neither. */
export function parseSecondFactorCode(raw: string): SecondFactorCode {
  const s = raw.trim().replace(/\s+/g, '');
  if (TOTP_CODE.test(s)) return { kind: 'totp', code: s };
  if (BACKUP_CODE.test(s)) return { kind: 'backup', code: s.includes('-') ? s : `${s.slice(0, 5)}-${s.slice(5)}` };
  return null;
}

/** The key inside an otpauth:// URI, grouped in fours for typing into an app by hand. */
export function manualKeyOf(otpauthUri: string): string {
  let secret = '';
  try {
    secret = new URL(otpauthUri).searchParams.get('secret') ?? '';
  } catch {
    secret = '';
  }
  return secret.replace(/(.{4})/g, '$1 ').trim();
}
