import { describe, expect, it } from 'vitest';
import { parseSetting, resolveSettings, SETTING_DEFINITIONS } from '@/lib/settings/rules';

describe('settings', () => {
  it('defaults are what DESIGN §9 asks: 12 h sessions, 30 min idle, CAPTCHA after 3, lock after 5 for 15 min', () => {
    const s = resolveSettings([]);
    expect(s['session.absoluteHours']).toBe(12);
    expect(s['session.idleMinutes']).toBe(30);
    expect(s['signIn.captchaAfter']).toBe(3);
    expect(s['signIn.lockAfter']).toBe(5);
    expect(s['signIn.lockMinutes']).toBe(15);
    expect(s['network.trustedProxy']).toBe(false);
  });

  it('every default passes its own schema', () => {
    for (const [key, def] of Object.entries(SETTING_DEFINITIONS)) expect(def.schema.safeParse(def.default).success, key).toBe(true);
  });

  it('a stored value overrides the default; an invalid or unknown one is ignored', () => {
    const s = resolveSettings([
      { key: 'session.idleMinutes', value: 15 },
      { key: 'signIn.lockAfter', value: 999 },
      { key: 'no.such', value: 1 },
      { key: 'backup.time', value: '03:05' },
    ]);
    expect(s['session.idleMinutes']).toBe(15);
    expect(s['signIn.lockAfter']).toBe(5);
    expect(s['backup.time']).toBe('03:05');
    expect('no.such' in s).toBe(false);
  });

  it('parseSetting refuses a wrong type or range', () => {
    expect(parseSetting('session.idleMinutes', '30').success).toBe(false);
    expect(parseSetting('session.idleMinutes', 2).success).toBe(false);
    expect(parseSetting('twoFactor.requiredForPrivileged', true).success).toBe(true);
    expect(parseSetting('backup.time', '24:00').success).toBe(false);
  });
});
