'use server';
// Server actions for 我的登录设备 and the admin's session list: thin wrappers over lib/sessions/sessions.server.ts.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action.server';
import { defineAccountAction } from '@/lib/sessions/account-action.server';
import { adminEndSessions, endOtherSessions, endOwnSession } from '@/lib/sessions/sessions.server';

const id = z.string().min(1).max(128);

export const endOwnSessionAction = defineAccountAction({
  schema: z.object({ sessionId: id }),
  handler: async (input, ctx) => {
    const r = await endOwnSession(ctx, input.sessionId);
    revalidatePath('/account/sessions');
    return r;
  },
});

export const endOtherSessionsAction = defineAccountAction({
  schema: z.object({}),
  handler: async (_input, ctx) => {
    const r = await endOtherSessions(ctx);
    revalidatePath('/account/sessions');
    return r;
  },
});

export const adminEndSessionsAction = defineAction({
  permission: 'account:manage',
  schema: z.object({ userId: id, sessionId: id.optional() }),
  handler: async (input, ctx) => {
    const r = await adminEndSessions(ctx, input);
    revalidatePath(`/admin/users/${input.userId}`);
    return r;
  },
});
