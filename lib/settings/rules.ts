// Run-time settings (DESIGN §9): each has a zod schema and a default here; an administrator's value is a `Setting`
// row (lib/settings/settings.server.ts reads them). Pure: no I/O. Chinese labels are in messages/*/settings.json.
import { z } from 'zod';

export const SETTING_DEFINITIONS = {
  /** absolute session lifetime, hours */
  'session.absoluteHours': { schema: z.number().int().min(1).max(24), default: 12 },
  /** idle timeout, minutes: no request for this long ends the session */
  'session.idleMinutes': { schema: z.number().int().min(5).max(240), default: 30 },
  /** a graphic CAPTCHA is asked after this many failures per account or per address */
  'signIn.captchaAfter': { schema: z.number().int().min(1).max(10), default: 3 },
  /** an account locks after this many failures … */
  'signIn.lockAfter': { schema: z.number().int().min(3).max(10), default: 5 },
  /** … for this many minutes (also the window failures are counted in) */
  'signIn.lockMinutes': { schema: z.number().int().min(1).max(1440), default: 15 },
  /** one client address may fail this often per window before it is refused outright */
  'signIn.addressMaxFailures': { schema: z.number().int().min(5).max(1000), default: 20 },
  /** admin and auditor must use a TOTP second factor */
  'twoFactor.requiredForPrivileged': { schema: z.boolean(), default: false },
  /** take the client address from X-Forwarded-For (only behind a reverse proxy that sets it) */
  'network.trustedProxy': { schema: z.boolean(), default: false },
  /** 三员分立: accounts and roles are managed by a separate 安全管理员 (security_admin), not by 考核办 admins */
  'accounts.separateSecurityAdmin': { schema: z.boolean(), default: false },
  /** the auditor's page re-verifies the whole audit chain at least this often, minutes (sooner when a chain moves) */
  'audit.verifyCacheMinutes': { schema: z.number().int().min(0).max(1440), default: 10 },
  /** scheduled daily backups: how many to keep */
  'backup.keep': { schema: z.number().int().min(1).max(365), default: 14 },
  /** scheduled daily backups: local time of day, HH:MM */
  'backup.time': { schema: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/), default: '02:30' },
  /** the address users open the app at: links in webhook and email reminders are made absolute with it */
  'notify.baseUrl': {
    schema: z
      .string()
      .max(200)
      .regex(/^https?:\/\/[^\s/?#]+(\/[^\s?#]*)?$/),
    default: 'http://localhost:3000',
  },
} as const;

export type SettingKey = keyof typeof SETTING_DEFINITIONS;
export type SettingValue<K extends SettingKey> = (typeof SETTING_DEFINITIONS)[K]['default'] extends boolean
  ? boolean
  : (typeof SETTING_DEFINITIONS)[K]['default'] extends number
    ? number
    : string;
export type Settings = { [K in SettingKey]: SettingValue<K> };

export const SETTING_KEYS = Object.keys(SETTING_DEFINITIONS) as SettingKey[];

export function isSettingKey(key: string): key is SettingKey {
  return Object.hasOwn(SETTING_DEFINITIONS, key);
}

/** Defaults, overlaid with stored values that still validate (a stored value the schema refuses falls back to the default). */
export function resolveSettings(stored: ReadonlyArray<{ key: string; value: unknown }>): Settings {
  const out = Object.fromEntries(SETTING_KEYS.map((k) => [k, SETTING_DEFINITIONS[k].default])) as Record<string, unknown>;
  for (const row of stored) {
    if (!isSettingKey(row.key)) continue;
    const parsed = SETTING_DEFINITIONS[row.key].schema.safeParse(row.value);
    if (parsed.success) out[row.key] = parsed.data;
  }
  return out as Settings;
}

/** Parse one value for a key (from a form or an import); a refusal carries zod's issues. */
export function parseSetting<K extends SettingKey>(key: K, value: unknown) {
  return SETTING_DEFINITIONS[key].schema.safeParse(value) as z.ZodSafeParseResult<SettingValue<K>>;
}
