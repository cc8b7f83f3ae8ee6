'use server';
// Server actions for user accounts: thin wrappers over lib/setup/users.server.ts (account managers: ACCOUNT_PERMISSION).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action.server';
import { ROLES } from '@/lib/domain/enums';
import { ACCOUNT_PERMISSION } from '@/lib/setup/access';
import { createUser, resetPassword, setUserDisabled, updateUser } from '@/lib/setup/users.server';

const str = z.string().max(200);
const id = z.string().min(1).max(64);
const unitId = z
  .string()
  .max(64)
  .transform((s) => (s === '' ? null : s));

export const createUserAction = defineAction({
  permission: ACCOUNT_PERMISSION,
  schema: z.object({ username: str, name: str, title: str, role: z.enum(ROLES), unitId, password: z.string().max(500) }),
  handler: async (input, ctx) => {
    const r = await createUser(ctx, input);
    revalidatePath('/admin', 'layout');
    return r;
  },
});

export const updateUserAction = defineAction({
  permission: ACCOUNT_PERMISSION,
  schema: z.object({ id, name: str, title: str, role: z.enum(ROLES), unitId }),
  handler: async (input, ctx) => {
    const r = await updateUser(ctx, input);
    revalidatePath('/admin', 'layout');
    return r;
  },
});

export const resetPasswordAction = defineAction({
  permission: ACCOUNT_PERMISSION,
  schema: z.object({ id, password: z.string().max(500) }),
  handler: async (input, ctx) => resetPassword(ctx, input),
});

export const setUserDisabledAction = defineAction({
  permission: ACCOUNT_PERMISSION,
  schema: z.object({ id, disabled: z.boolean() }),
  handler: async (input, ctx) => {
    const r = await setUserDisabled(ctx, input);
    revalidatePath('/admin', 'layout');
    return r;
  },
});
