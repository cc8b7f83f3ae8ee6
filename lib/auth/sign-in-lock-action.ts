'use server';
// The administrator's 解除锁定 on a user's page (lib/auth/sign-in-lock.server.ts).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action.server';
import { unlockSignIn } from '@/lib/auth/sign-in-lock.server';
import { SIGN_IN_UNLOCK_PERMISSION } from '@/lib/auth/sign-in-rules';

export const unlockSignInAction = defineAction({
  permission: SIGN_IN_UNLOCK_PERMISSION,
  schema: z.object({ userId: z.string().min(1).max(64) }),
  handler: async (input, ctx) => {
    const r = await unlockSignIn(ctx, input.userId);
    revalidatePath('/admin', 'layout');
    return r;
  },
});
