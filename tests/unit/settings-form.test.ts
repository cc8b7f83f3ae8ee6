// The settings page's pure parts: every setting shown exactly once in its group, with its unit and bounds; typed
// values decoded with a reason per refused field.
import { describe, expect, it } from 'vitest';
import zh from '@/messages/zh-CN/settings.json';
import { decodeSettingsForm, settingField, settingGroups } from '@/lib/settings/form';
import { SETTING_DEFINITIONS, SETTING_KEYS } from '@/lib/settings/rules';

describe('settings page fields', () => {
  it('shows every key of SETTING_DEFINITIONS exactly once, in the named groups', () => {
    const groups = settingGroups();
    expect(groups.flatMap((g) => g.fields.map((f) => f.key)).sort()).toEqual([...SETTING_KEYS].sort());
    expect(groups.map((g) => g.group)).toEqual(['signIn', 'twoFactor', 'network', 'accounts', 'audit', 'backup']);
  });

  it('has a Chinese label and help for every key', () => {
    const fields = zh.settings.fields as Record<string, Record<string, { label: string; help: string }>>;
    for (const key of SETTING_KEYS) {
      const [a, b] = key.split('.') as [string, string];
      expect(fields[a]?.[b]?.label, key).toMatch(/[\u4e00-\u9fff]/);
      expect(fields[a]?.[b]?.help, key).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('reads kind, unit and bounds from the definitions', () => {
    expect(settingField('session.idleMinutes')).toMatchObject({ kind: 'number', unit: 'minutes', min: 5, max: 240 });
    expect(settingField('session.absoluteHours')).toMatchObject({ kind: 'number', unit: 'hours', min: 1, max: 24 });
    expect(settingField('signIn.lockAfter')).toMatchObject({ kind: 'number', unit: 'times' });
    expect(settingField('accounts.separateSecurityAdmin')).toMatchObject({ kind: 'switch', group: 'accounts' });
    expect(settingField('backup.time')).toMatchObject({ kind: 'time', group: 'backup' });
  });
});

describe('decodeSettingsForm', () => {
  it('turns typed text into values (full-width digits and spaces accepted)', () => {
    const r = decodeSettingsForm({ 'session.idleMinutes': ' ２０ ', 'network.trustedProxy': true, 'backup.time': '03:15', unknown: 'x' });
    expect(r).toEqual({ values: { 'session.idleMinutes': 20, 'network.trustedProxy': true, 'backup.time': '03:15' }, errors: {} });
  });

  it('names what is wrong per field', () => {
    const r = decodeSettingsForm({
      'session.idleMinutes': '241',
      'session.absoluteHours': '1e1',
      'signIn.lockAfter': ' ',
      'backup.time': '2:30',
      'accounts.separateSecurityAdmin': 'true',
    });
    expect(r.values).toEqual({});
    expect(r.errors).toEqual({
      'session.idleMinutes': 'range',
      'session.absoluteHours': 'notInteger',
      'signIn.lockAfter': 'required',
      'backup.time': 'format',
      'accounts.separateSecurityAdmin': 'invalid',
    });
  });

  it('accepts every default as typed back by the page', () => {
    const typed = Object.fromEntries(
      SETTING_KEYS.map((k) => [
        k,
        typeof SETTING_DEFINITIONS[k].default === 'boolean' ? SETTING_DEFINITIONS[k].default : String(SETTING_DEFINITIONS[k].default),
      ]),
    );
    expect(decodeSettingsForm(typed as Record<string, string | boolean>).errors).toEqual({});
  });
});
