// Writes of the reminder channels (issue #14 part B): the admin's channels (secrets encrypted, never audited — only
// that they changed), the test message, resending a failed outbox message, and each user's notification email and
// digest choices. Every write is authorised here and audited in its transaction.
import 'server-only';
import { z } from 'zod';
import type { ActionContext } from '../actions/define-action.server';
import { DomainError } from '../actions/result';
import { can } from '../auth/permissions';
import { isUniqueViolation } from '../db/errors';
import { assertSetupManager } from '../setup/access';
import { fieldError, parseInput } from '../setup/validate';
import { channelFormSchema, channelFromForm, PLACEHOLDER_EMAIL_DOMAIN, type ChannelConfig, type ChannelSecrets, type ChannelType } from './channels';
import { preferencesSchema, PREF_CHANNELS } from './preferences';
import { decryptSecrets, encryptSecrets } from './secrets.server';
import { sendThrough } from './transports.server';

const id = z.string().min(1).max(64);
// no shared cache holds channels, outbox rows or preferences
const SCOPE = 'unshared' as const;

/** What an audit row says of a channel: its settings in clear, never its secrets. */
function auditView(row: { type: string; name: string; unitId: string | null; enabled: boolean; config: unknown }) {
  const c = (row.config ?? {}) as ChannelConfig;
  return {
    name: row.name,
    channelType: row.type,
    unitId: row.unitId,
    enabled: row.enabled,
    ...(row.type === 'email'
      ? { smtpHost: c.host ?? null, smtpPort: c.port ?? null, smtpSecurity: c.security ?? null, smtpUser: c.user || null, smtpFrom: c.from ?? null }
      : { webhookHost: c.webhookHost ?? null }),
  };
}

/** Which secrets differ (recorded as "changed: yes", values never). */
function secretChanges(before: ChannelSecrets | null, after: ChannelSecrets) {
  const out: Record<string, true> = {};
  if ((before?.webhookUrl ?? '') !== (after.webhookUrl ?? '')) out.webhookUrlChanged = true;
  if ((before?.signSecret ?? '') !== (after.signSecret ?? '')) out.signSecretChanged = true;
  if ((before?.password ?? '') !== (after.password ?? '')) out.smtpPasswordChanged = true;
  return out;
}

function storedSecrets(secret: string | null): ChannelSecrets | null {
  if (!secret) return null;
  try {
    return decryptSecrets<ChannelSecrets>(secret);
  } catch {
    return null; // unreadable (the key changed): the form must supply them again
  }
}

export const saveChannelInput = z.intersection(channelFormSchema, z.object({ id: id.optional() }));

/** Create (no id) or update a channel. Secret fields left empty keep what is stored. */
export async function saveChannel(ctx: ActionContext, input: z.input<typeof saveChannelInput>): Promise<{ id: string }> {
  assertSetupManager(ctx.user);
  const form = parseInput(saveChannelInput, input);
  return ctx.db.$transaction(async (tx) => {
    const before = form.id ? await tx.notifyChannel.findUnique({ where: { id: form.id } }) : null;
    if (form.id && !before) throw new DomainError('notFound');
    if (before && before.type !== form.type) throw fieldError('type', 'notifyChannels.errors.typeFixed');
    if (form.unitId && !(await tx.unit.findUnique({ where: { id: form.unitId }, select: { id: true } })))
      throw fieldError('unitId', 'notifyChannels.errors.unit');
    const stored = before ? storedSecrets(before.secret) : null;
    const { config, secrets } = channelFromForm(form, stored);
    if (form.type !== 'email' && !secrets.webhookUrl) throw fieldError('webhookUrl', 'required');
    const data = {
      type: form.type,
      name: form.name,
      unitId: form.unitId,
      enabled: form.enabled,
      config: config as object,
      secret: Object.keys(secrets).length ? encryptSecrets(secrets) : null,
    };
    const row = before ? await tx.notifyChannel.update({ where: { id: before.id }, data }) : await tx.notifyChannel.create({ data });
    await ctx.audit(tx, {
      action: before ? 'notify.update_channel' : 'notify.create_channel',
      entityType: 'notify_channel',
      entityId: row.id,
      before: before ? auditView(before) : undefined,
      after: { ...auditView(row), ...secretChanges(stored, secrets) },
      scope: SCOPE,
    });
    return { id: row.id };
  });
}

export async function setChannelEnabled(ctx: ActionContext, input: { id: string; enabled: boolean }) {
  assertSetupManager(ctx.user);
  const { id: channelId, enabled } = parseInput(z.object({ id, enabled: z.boolean() }), input);
  return ctx.db.$transaction(async (tx) => {
    const before = await tx.notifyChannel.findUnique({ where: { id: channelId } });
    if (!before) throw new DomainError('notFound');
    await tx.notifyChannel.update({ where: { id: channelId }, data: { enabled } });
    await ctx.audit(tx, {
      action: enabled ? 'notify.enable_channel' : 'notify.disable_channel',
      entityType: 'notify_channel',
      entityId: channelId,
      before: { name: before.name, enabled: before.enabled },
      after: { name: before.name, enabled },
      scope: SCOPE,
    });
    return null;
  });
}

/** Delete a channel (its outbox rows go with it). */
export async function deleteChannel(ctx: ActionContext, input: { id: string }) {
  assertSetupManager(ctx.user);
  const { id: channelId } = parseInput(z.object({ id }), input);
  return ctx.db.$transaction(async (tx) => {
    const before = await tx.notifyChannel.findUnique({ where: { id: channelId } });
    if (!before) throw new DomainError('notFound');
    const messages = await tx.outboxMessage.count({ where: { channelId } });
    await tx.notifyChannel.delete({ where: { id: channelId } });
    await ctx.audit(tx, {
      action: 'notify.delete_channel',
      entityType: 'notify_channel',
      entityId: channelId,
      before: { ...auditView(before), outboxMessages: messages },
      scope: SCOPE,
    });
    return null;
  });
}

export const TEST_MESSAGE = { title: '擂台系统测试消息', body: '这是一条测试消息：收到说明本渠道配置正确。', href: '/' };

/**
 * Send a test message through a channel right away (enabled or not): to the robot's group, or for email to `toEmail`
 * (default: the admin's own notification email). Audited with the outcome; a failure comes back as `sendFailed`
 * with the reason.
 */
export async function testChannel(ctx: ActionContext, input: { id: string; toEmail?: string }, baseUrl?: string) {
  assertSetupManager(ctx.user);
  const v = parseInput(z.object({ id, toEmail: z.union([z.literal(''), z.email({ message: 'notifyChannels.errors.email' })]).optional() }), input);
  const channel = await ctx.db.notifyChannel.findUnique({ where: { id: v.id } });
  if (!channel) throw new DomainError('notFound');
  let toEmail: string | undefined;
  if (channel.type === 'email') {
    const me = await ctx.db.user.findUnique({ where: { id: ctx.user.id }, select: { email: true } });
    toEmail = v.toEmail || (me?.email.endsWith(`@${PLACEHOLDER_EMAIL_DOMAIN}`) ? undefined : me?.email);
    if (!toEmail) throw fieldError('toEmail', 'notifyChannels.errors.testEmail');
  }
  let error: string | null = null;
  try {
    await sendThrough(
      { id: channel.id, type: channel.type as ChannelType, config: channel.config, secret: channel.secret },
      { ...TEST_MESSAGE, toEmail },
      { now: ctx.now, baseUrl },
    );
  } catch (err) {
    error = err instanceof Error ? err.message : String(err);
  }
  await ctx.db.$transaction((tx) =>
    ctx.audit(tx, {
      action: 'notify.test_channel',
      entityType: 'notify_channel',
      entityId: channel.id,
      after: { name: channel.name, ok: error === null, error, ...(toEmail ? { toEmail } : {}) },
      scope: SCOPE,
    }),
  );
  if (error !== null) throw new DomainError('notifyChannels.sendFailed', { reason: error });
  return null;
}

/** Put one failed message back in the queue: pending, no attempts, due now. */
export async function resendMessage(ctx: ActionContext, input: { id: string }) {
  assertSetupManager(ctx.user);
  const { id: messageId } = parseInput(z.object({ id }), input);
  return ctx.db.$transaction(async (tx) => {
    const before = await tx.outboxMessage.findUnique({ where: { id: messageId }, select: { status: true, attempts: true, lastError: true, title: true } });
    if (!before) throw new DomainError('notFound');
    // only a failed row: a pending or sent one is the sender's (re-queuing a sent one would send it twice)
    const { count } = await tx.outboxMessage.updateMany({
      where: { id: messageId, status: 'failed' },
      data: { status: 'pending', attempts: 0, nextAttemptAt: ctx.now, claimedBy: null, claimedUntil: null },
    });
    if (count === 0) throw new DomainError('notifyChannels.notFailed');
    await ctx.audit(tx, {
      action: 'notify.resend',
      entityType: 'outbox_message',
      entityId: messageId,
      before: { title: before.title, deliveryStatus: before.status, attempts: before.attempts, lastError: before.lastError },
      after: { title: before.title, deliveryStatus: 'pending', attempts: 0 },
      scope: SCOPE,
    });
    return null;
  });
}

export const savePreferencesInput = preferencesSchema.extend({ userId: id.optional() });

/**
 * A user's notification email and, per channel type, immediate or a daily digest at HH:MM. Their own (any user), or
 * any user's for an account manager. An empty email means none (the account's placeholder address comes back).
 */
export async function savePreferences(ctx: ActionContext, input: z.input<typeof savePreferencesInput>) {
  const v = parseInput(savePreferencesInput, input);
  const userId = v.userId ?? ctx.user.id;
  if (userId !== ctx.user.id && !can(ctx.user, 'account:manage')) throw new DomainError('forbidden');
  try {
    return await ctx.db.$transaction(async (tx) => {
      const user = await tx.user.findUnique({ where: { id: userId }, select: { email: true, username: true, notifyPreferences: true } });
      if (!user) throw new DomainError('notFound');
      const email = v.notifyEmail ? v.notifyEmail.toLowerCase() : `${(user.username ?? userId).toLowerCase()}@${PLACEHOLDER_EMAIL_DOMAIN}`;
      const prefOf = (rows: readonly { channel: string; mode: string; digestAt: string }[], ch: string) => rows.find((p) => p.channel === ch);
      const before: Record<string, unknown> = { notifyEmail: shownEmail(user.email) };
      const after: Record<string, unknown> = { notifyEmail: shownEmail(email) };
      if (email !== user.email) await tx.user.update({ where: { id: userId }, data: { email } });
      for (const ch of PREF_CHANNELS) {
        const want = v[ch];
        const had = prefOf(user.notifyPreferences, ch);
        before[`${ch}Mode`] = had?.mode ?? 'immediate';
        after[`${ch}Mode`] = want.mode;
        if (want.mode === 'digest' || had?.mode === 'digest') {
          before[`${ch}DigestAt`] = had?.mode === 'digest' ? had.digestAt : null;
          after[`${ch}DigestAt`] = want.mode === 'digest' ? want.digestAt : null;
        }
        await tx.notifyPreference.upsert({
          where: { userId_channel: { userId, channel: ch } },
          create: { userId, channel: ch, mode: want.mode, digestAt: want.digestAt },
          update: { mode: want.mode, digestAt: want.digestAt },
        });
      }
      if (JSON.stringify(before) !== JSON.stringify(after))
        await ctx.audit(tx, { action: 'notify.set_preferences', entityType: 'user', entityId: userId, before, after, scope: SCOPE });
      return null;
    });
  } catch (err) {
    if (isUniqueViolation(err)) throw fieldError('notifyEmail', 'notifyChannels.errors.emailTaken');
    throw err;
  }
}

const shownEmail = (email: string) => (email.endsWith(`@${PLACEHOLDER_EMAIL_DOMAIN}`) ? null : email);
