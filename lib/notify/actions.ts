'use server';
// Server actions of the reminders: marking one's own notifications read (the bell's list page; any signed-in user, the
// commands keep to own rows) and the channels (thin wrappers over lib/notify/channels.commands.server.ts).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action.server';
import {
  deleteChannel,
  resendMessage,
  saveChannel,
  saveChannelInput,
  savePreferences,
  savePreferencesInput,
  setChannelEnabled,
  testChannel,
} from '@/lib/notify/channels.commands.server';
import { markAllNotificationsRead, markNotificationRead } from '@/lib/notify/commands.server';

const id = z.string().min(1).max(64);
const PAGE = '/admin/notify';

export const saveChannelAction = defineAction({
  permission: 'setup:manage',
  schema: saveChannelInput,
  handler: async (input, ctx) => {
    const r = await saveChannel(ctx, input);
    revalidatePath(PAGE);
    return r;
  },
});

export const setChannelEnabledAction = defineAction({
  permission: 'setup:manage',
  schema: z.object({ id, enabled: z.boolean() }),
  handler: async (input, ctx) => {
    await setChannelEnabled(ctx, input);
    revalidatePath(PAGE);
    return null;
  },
});

export const deleteChannelAction = defineAction({
  permission: 'setup:manage',
  schema: z.object({ id }),
  handler: async (input, ctx) => {
    await deleteChannel(ctx, input);
    revalidatePath(PAGE);
    return null;
  },
});

export const testChannelAction = defineAction({
  permission: 'setup:manage',
  schema: z.object({ id, toEmail: z.string().max(200).optional() }),
  handler: (input, ctx) => testChannel(ctx, input),
});

export const resendMessageAction = defineAction({
  permission: 'setup:manage',
  schema: z.object({ id }),
  handler: async (input, ctx) => {
    await resendMessage(ctx, input);
    revalidatePath(PAGE);
    return null;
  },
});

/** Anyone's own choices; an account manager's for any user (checked in the service). */
export const savePreferencesAction = defineAction({
  permission: 'user',
  schema: savePreferencesInput,
  handler: async (input, ctx) => {
    await savePreferences(ctx, input);
    revalidatePath('/account/notifications');
    if (input.userId) revalidatePath(`/admin/users/${input.userId}`);
    return null;
  },
});

export const markNotificationReadAction = defineAction({
  permission: 'user',
  schema: z.object({ id }),
  handler: async (input, ctx) => {
    const res = await markNotificationRead(ctx, input);
    revalidatePath('/notifications');
    return res;
  },
});

export const markAllNotificationsReadAction = defineAction({
  permission: 'user',
  schema: z.object({}),
  handler: async (_input, ctx) => {
    const res = await markAllNotificationsRead(ctx);
    revalidatePath('/notifications');
    return res;
  },
});
