'use server';
// Marking one's own notifications read (the bell's list page). Any signed-in user; the commands keep to own rows.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action.server';
import { markAllNotificationsRead, markNotificationRead } from './commands.server';

export const markNotificationReadAction = defineAction({
  permission: 'user',
  schema: z.object({ id: z.string().min(1).max(64) }),
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
