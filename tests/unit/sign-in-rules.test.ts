// Pure sign-in guard rules and client-address parsing (lib/auth/sign-in-rules.ts, lib/net/client-address.ts).
import { describe, expect, it } from 'vitest';
import { accountKey, captchaNeeded, liveFailures, minutesUntil, refusedUntil } from '@/lib/auth/sign-in-rules';
import { forwardedClient, normalizeIp } from '@/lib/net/client-address';

const T = new Date('2026-12-04T01:00:00Z');
const at = (min: number) => new Date(T.getTime() + min * 60_000);

describe('sign-in counters', () => {
  it('count failures only inside the window or while locked', () => {
    expect(liveFailures({ failures: 4, windowStart: T, lockedUntil: null }, at(14), 15)).toBe(4);
    expect(liveFailures({ failures: 4, windowStart: T, lockedUntil: null }, at(15), 15)).toBe(0);
    expect(liveFailures({ failures: 5, windowStart: T, lockedUntil: at(20) }, at(19), 15)).toBe(5);
    expect(liveFailures({ failures: 5, windowStart: T, lockedUntil: at(20) }, at(20), 15)).toBe(0);
    expect(liveFailures(null, T, 15)).toBe(0);
  });

  it('refuse while locked, or while the limit is reserved in the window', () => {
    expect(refusedUntil({ failures: 5, windowStart: T, lockedUntil: at(20) }, at(1), 5, 15)).toEqual(at(20));
    expect(refusedUntil({ failures: 5, windowStart: T, lockedUntil: null }, at(1), 5, 15)).toEqual(at(15));
    expect(refusedUntil({ failures: 4, windowStart: T, lockedUntil: null }, at(1), 5, 15)).toBeNull();
    expect(refusedUntil({ failures: 5, windowStart: T, lockedUntil: null }, at(16), 5, 15)).toBeNull();
  });

  it('ask a CAPTCHA per account or per address; name keys case-insensitively; round minutes up', () => {
    expect(captchaNeeded(3, 0, { captchaAfter: 3 })).toBe(true);
    expect(captchaNeeded(0, 3, { captchaAfter: 3 })).toBe(true);
    expect(captchaNeeded(2, 2, { captchaAfter: 3 })).toBe(false);
    expect(accountKey('  Admin ')).toBe('user:admin');
    expect(minutesUntil(at(14.2), T)).toBe(15);
    expect(minutesUntil(T, T)).toBe(1);
  });
});

describe('client address', () => {
  it('accepts real addresses only, in canonical form', () => {
    expect(normalizeIp('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(normalizeIp('[2001:DB8::1]:443')).toBe('2001:db8::1');
    expect(normalizeIp('fe80::1%eth0')).toBe('fe80::1');
    expect(normalizeIp('1.2.3.4:80')).toBe('1.2.3.4');
    for (const bad of ['', 'localhost', '1.2.3', '256.1.1.1', "1.2.3.4'; DROP TABLE", 'x'.repeat(100)]) expect(normalizeIp(bad)).toBeNull();
  });

  it('takes the right-most X-Forwarded-For hop and ignores an overlong header', () => {
    expect(forwardedClient('6.6.6.6, 10.0.0.9')).toBe('10.0.0.9');
    expect(forwardedClient('10.0.0.9, garbage')).toBeNull();
    expect(forwardedClient(`${'1.1.1.1, '.repeat(60)}2.2.2.2`)).toBeNull();
    expect(forwardedClient(null)).toBeNull();
  });
});
