'use server';
// Server action: the signed-in user changes their own password (the only action open while a change is forced).
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action.server';
import { changeOwnPassword } from '@/lib/auth/password.server';

const secret = z.string().max(512);

export const changePasswordAction = defineAction({
  permission: 'user',
  duringPasswordChange: true,
  schema: z.object({ currentPassword: secret, newPassword: secret, confirmPassword: secret }),
  handler: async (input, ctx) => changeOwnPassword(ctx, input),
});
