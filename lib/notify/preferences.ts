// A user's reminder choices (NotifyPreference): per channel type, immediate or a daily digest at HH:MM (Shanghai);
// and their notification email. Pure: the form's schema and defaults.
import { z } from 'zod';

/** email = the user's own address; webhook = their unit's robot (for a unit head). */
export const PREF_CHANNELS = ['email', 'webhook'] as const;
export type PrefChannel = (typeof PREF_CHANNELS)[number];
export const PREF_MODES = ['immediate', 'digest'] as const;
export type PrefMode = (typeof PREF_MODES)[number];
export const DEFAULT_DIGEST_AT = '08:30';

const choice = z.object({
  mode: z.enum(PREF_MODES),
  digestAt: z
    .string()
    .trim()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/, { message: 'notifyChannels.errors.digestAt' }),
});

export const preferencesSchema = z.object({
  /** the notification email; empty = none */
  notifyEmail: z
    .string()
    .trim()
    .max(200, { message: 'tooLong' })
    .refine((s) => s === '' || z.email().safeParse(s).success, { message: 'notifyChannels.errors.email' }),
  email: choice,
  webhook: choice,
});
export type PreferencesForm = z.input<typeof preferencesSchema>;
