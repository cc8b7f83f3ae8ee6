// How the settings page shows and reads each setting: its group, its kind of input and unit, its bounds, and the
// decoding of what was typed (strings) into values with a reason per refused field. Pure: no I/O.
import { z } from 'zod';
import { SETTING_DEFINITIONS, SETTING_KEYS, type SettingKey } from './rules';

export const SETTING_GROUPS = ['signIn', 'twoFactor', 'network', 'accounts', 'audit', 'backup', 'other'] as const;
export type SettingGroup = (typeof SETTING_GROUPS)[number];

/** A key's group comes from its prefix, so a key another feature adds lands somewhere without touching this file. */
const GROUP_OF_PREFIX: Record<string, SettingGroup> = {
  session: 'signIn',
  signIn: 'signIn',
  password: 'signIn',
  twoFactor: 'twoFactor',
  network: 'network',
  // notify.baseUrl: the address users reach the app at
  notify: 'network',
  accounts: 'accounts',
  audit: 'audit',
  backup: 'backup',
};

export type SettingUnit = 'hours' | 'minutes' | 'times' | 'copies' | 'days' | null;
const UNIT_OF: Partial<Record<string, SettingUnit>> = {
  'session.absoluteHours': 'hours',
  'session.idleMinutes': 'minutes',
  'signIn.captchaAfter': 'times',
  'signIn.lockAfter': 'times',
  'signIn.lockMinutes': 'minutes',
  'signIn.addressMaxFailures': 'times',
  'backup.keep': 'copies',
  'audit.verifyCacheMinutes': 'minutes',
};

export type SettingField =
  | { key: SettingKey; group: SettingGroup; kind: 'number'; unit: SettingUnit; min: number | null; max: number | null }
  | { key: SettingKey; group: SettingGroup; kind: 'switch' }
  | { key: SettingKey; group: SettingGroup; kind: 'time' }
  | { key: SettingKey; group: SettingGroup; kind: 'text' };

export function settingField(key: SettingKey): SettingField {
  const group = GROUP_OF_PREFIX[key.split('.')[0]!] ?? 'other';
  const def = SETTING_DEFINITIONS[key];
  if (typeof def.default === 'boolean') return { key, group, kind: 'switch' };
  if (typeof def.default === 'number') {
    const schema = def.schema as unknown as z.ZodNumber;
    return { key, group, kind: 'number', unit: UNIT_OF[key] ?? null, min: schema.minValue ?? null, max: schema.maxValue ?? null };
  }
  return { key, group, kind: /time$/i.test(key) ? 'time' : 'text' };
}

/** Every setting, grouped in page order (every key of SETTING_DEFINITIONS appears exactly once). */
export function settingGroups(): { group: SettingGroup; fields: SettingField[] }[] {
  const fields = SETTING_KEYS.map(settingField);
  return SETTING_GROUPS.map((group) => ({ group, fields: fields.filter((f) => f.group === group) })).filter((g) => g.fields.length > 0);
}

/** Reasons a typed value is refused; keys under `settings.errors` in messages/*.json. */
export type SettingError = 'required' | 'notInteger' | 'range' | 'format' | 'invalid' | 'noSecurityAdmin';

/**
 * What the form sent (numbers and times as typed, switches as booleans) → values to save, or the reason per field.
 * Unknown keys are ignored; a field not sent is left unchanged.
 */
export function decodeSettingsForm(raw: Record<string, string | boolean>): {
  values: Partial<Record<SettingKey, unknown>>;
  errors: Partial<Record<SettingKey, SettingError>>;
} {
  const values: Partial<Record<SettingKey, unknown>> = {};
  const errors: Partial<Record<SettingKey, SettingError>> = {};
  for (const key of SETTING_KEYS) {
    if (!Object.hasOwn(raw, key)) continue;
    const field = settingField(key);
    const input = raw[key];
    let value: unknown = input;
    if (field.kind === 'number') {
      const text = typeof input === 'string' ? input.trim().replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)) : '';
      if (text === '') {
        errors[key] = 'required';
        continue;
      }
      if (!/^-?\d{1,9}$/.test(text)) {
        errors[key] = 'notInteger';
        continue;
      }
      value = Number(text);
    } else if (field.kind === 'switch') {
      if (typeof input !== 'boolean') {
        errors[key] = 'invalid';
        continue;
      }
    } else if (typeof input === 'string') {
      value = input.trim();
      if (value === '') {
        errors[key] = 'required';
        continue;
      }
    }
    const parsed = SETTING_DEFINITIONS[key].schema.safeParse(value);
    if (!parsed.success) {
      errors[key] = field.kind === 'number' ? 'range' : field.kind === 'switch' ? 'invalid' : 'format';
      continue;
    }
    values[key] = parsed.data;
  }
  return { values, errors };
}
