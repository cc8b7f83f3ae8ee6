// Notify channels (issue #14 part B): their kinds, what is secret and what is not, the admin form's schema, and the
// placeholder email rule. Pure, and free of Node modules: client forms import it (bodies and signature: ./bodies.ts).
import { z } from 'zod';
import { requiredText, text } from '../domain/schemas';

export const CHANNEL_TYPES = ['dingtalk', 'wecom', 'email'] as const;
export type ChannelType = (typeof CHANNEL_TYPES)[number];
export const SMTP_SECURITY = ['tls', 'starttls', 'none'] as const;
export type SmtpSecurity = (typeof SMTP_SECURITY)[number];

/** What is stored in clear (NotifyChannel.config): for a robot only its host, to show which one it is. */
export type ChannelConfig = { webhookHost?: string; host?: string; port?: number; security?: SmtpSecurity; user?: string; from?: string };
/** What is stored encrypted (NotifyChannel.secret). */
export type ChannelSecrets = { webhookUrl?: string; signSecret?: string; password?: string };

/** Placeholder addresses every account gets (lib/auth/accounts.ts): they mean "no email". */
export const PLACEHOLDER_EMAIL_DOMAIN = 'users.leitai.local';
export const realEmail = (email: string | null | undefined): string | null =>
  email && !email.toLowerCase().endsWith(`@${PLACEHOLDER_EMAIL_DOMAIN}`) ? email : null;

const httpUrl = (u: string) => {
  try {
    const url = new URL(u);
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
};
/** A webhook URL: http(s) only (no file:, no javascript:). */
export const webhookUrlSchema = z.string().trim().max(1000, { message: 'tooLong' }).refine(httpUrl, { message: 'notifyChannels.errors.webhookUrl' });

/**
 * The admin's form. Secret fields left empty keep what is stored (they are never sent back to the browser);
 * `clearSignSecret` removes a 钉钉 signing secret.
 */
export const channelFormSchema = z
  .object({
    type: z.enum(CHANNEL_TYPES),
    name: requiredText(40),
    unitId: z.string().min(1).max(64).nullable(),
    enabled: z.boolean(),
    webhookUrl: z.union([z.literal(''), webhookUrlSchema]),
    signSecret: text(200),
    clearSignSecret: z.boolean().default(false),
    smtpHost: text(200),
    smtpPort: text(5),
    smtpSecurity: z.enum(SMTP_SECURITY),
    smtpUser: text(200),
    smtpPassword: z.string().max(200, { message: 'tooLong' }),
    smtpFrom: text(200),
  })
  .superRefine((v, ctx) => {
    if (v.type !== 'email') return;
    if (!/^[a-zA-Z0-9.-]{1,200}$/.test(v.smtpHost))
      ctx.addIssue({ code: 'custom', path: ['smtpHost'], message: v.smtpHost ? 'notifyChannels.errors.smtpHost' : 'required' });
    const port = Number(v.smtpPort);
    if (!/^\d+$/.test(v.smtpPort) || port < 1 || port > 65535) ctx.addIssue({ code: 'custom', path: ['smtpPort'], message: 'notifyChannels.errors.smtpPort' });
    if (!z.email().safeParse(v.smtpFrom.replace(/^.*<(.+)>$/, '$1')).success)
      ctx.addIssue({ code: 'custom', path: ['smtpFrom'], message: v.smtpFrom ? 'notifyChannels.errors.email' : 'required' });
  });
export type ChannelForm = z.input<typeof channelFormSchema>;

/** The config and secrets a valid form stores, over the secrets already stored (empty secret fields keep them). */
export function channelFromForm(form: z.output<typeof channelFormSchema>, stored: ChannelSecrets | null): { config: ChannelConfig; secrets: ChannelSecrets } {
  if (form.type === 'email') {
    const secrets: ChannelSecrets = { password: form.smtpPassword || stored?.password || undefined };
    return {
      config: { host: form.smtpHost, port: Number(form.smtpPort), security: form.smtpSecurity, user: form.smtpUser, from: form.smtpFrom },
      secrets: secrets.password ? secrets : {},
    };
  }
  const webhookUrl = form.webhookUrl || stored?.webhookUrl || '';
  const signSecret = form.type === 'dingtalk' && !form.clearSignSecret ? form.signSecret || stored?.signSecret || undefined : undefined;
  return { config: { webhookHost: webhookUrl ? new URL(webhookUrl).host : undefined }, secrets: { webhookUrl, ...(signSecret ? { signSecret } : {}) } };
}

/** Which secrets a channel has, to show "已设置" without the values. */
export const secretsSet = (s: ChannelSecrets | null) => ({
  webhookUrl: Boolean(s?.webhookUrl),
  signSecret: Boolean(s?.signSecret),
  password: Boolean(s?.password),
});
