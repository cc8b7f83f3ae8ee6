// Pure rules of session lifetimes and the second factor.
import { describe, expect, it } from 'vitest';
import { manualKeyOf, mustEnrolTwoFactor, parseSecondFactorCode } from '@/lib/auth/two-factor-rules';
import { initialExpiry, limitsOf, needsTouch, sessionEnd, sessionVerdict } from '@/lib/sessions/rules';

const T0 = new Date('2026-06-01T00:00:00Z');
const min = (m: number) => new Date(T0.getTime() + m * 60_000);
const limits = limitsOf({ 'session.absoluteHours': 12, 'session.idleMinutes': 30 });
const s = (lastSeen: number | null, expiresH = 24) => ({ createdAt: T0, lastSeenAt: lastSeen === null ? null : min(lastSeen), expiresAt: min(expiresH * 60) });

describe('session lifetime rules', () => {
  it('absolute before idle, idle after 30 quiet minutes, sliding on activity', () => {
    expect(sessionVerdict(s(0), min(29), limits)).toBe('active');
    expect(sessionVerdict(s(0), min(30), limits)).toBe('idle');
    expect(sessionVerdict(s(700), min(719), limits)).toBe('active');
    expect(sessionVerdict(s(719), min(720), limits)).toBe('absolute');
    expect(sessionVerdict(s(null), min(30), limits)).toBe('idle');
    // a stored expiry sooner than the setting wins
    expect(sessionVerdict(s(0, 0.25), min(15), limits)).toBe('absolute');
    expect(sessionEnd(s(100), limits)).toBe(min(130).getTime());
  });
  it('touches at most once a minute, and a new session expires after the absolute limit', () => {
    expect(needsTouch(s(10), new Date(min(10).getTime() + 59_999))).toBe(false);
    expect(needsTouch(s(10), min(11))).toBe(true);
    expect(initialExpiry(T0, 12).getTime() - T0.getTime()).toBe(12 * 3_600_000);
  });
});

describe('second factor rules', () => {
  it('reads a TOTP code or a backup code, nothing else', () => {
    expect(parseSecondFactorCode(' 123 456 ')).toEqual({ kind: 'totp', code: '123456' });
    expect(parseSecondFactorCode('aB3dE-9fGh1')).toEqual({ kind: 'backup', code: 'aB3dE-9fGh1' });
    expect(parseSecondFactorCode('aB3dE9fGh1')).toEqual({ kind: 'backup', code: 'aB3dE-9fGh1' });
    for (const bad of ['', '12345', '1234567', 'abc', 'aB3dE-9fGh1x', '<script>']) expect(parseSecondFactorCode(bad)).toBeNull();
  });
  it('only admin and auditor must enrol, only when the setting is on, only until they have', () => {
    expect(mustEnrolTwoFactor({ role: 'admin' }, true)).toBe(true);
    expect(mustEnrolTwoFactor({ role: 'auditor', twoFactorEnabled: false }, true)).toBe(true);
    expect(mustEnrolTwoFactor({ role: 'admin', twoFactorEnabled: true }, true)).toBe(false);
    expect(mustEnrolTwoFactor({ role: 'admin' }, false)).toBe(false);
    for (const role of ['unit_head', 'unit_staff', 'leader', 'judge'] as const) expect(mustEnrolTwoFactor({ role }, true)).toBe(false);
  });
  it('shows the key of an otpauth URI in groups of four', () => {
    expect(manualKeyOf('otpauth://totp/x:y?secret=ABCDEFGHIJKL&issuer=x')).toBe('ABCD EFGH IJKL');
    expect(manualKeyOf('not a uri')).toBe('');
  });
});
