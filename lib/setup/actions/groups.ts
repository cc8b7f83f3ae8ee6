'use server';
// Server actions for contest groups: thin wrappers over lib/setup/org.server.ts (admin only).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action.server';
import { createGroup, deleteGroup, updateGroup } from '@/lib/setup/org.server';
import { numberField } from '@/lib/setup/schemas';

const form = { name: z.string().max(200), description: z.string().max(2000), sortOrder: numberField({ allowNegative: true }) };
const id = z.string().min(1).max(64);

export const createGroupAction = defineAction({
  permission: 'setup:manage',
  schema: z.object(form),
  handler: async (input, ctx) => {
    const r = await createGroup(ctx, { ...input, sortOrder: input.sortOrder ?? 0 });
    revalidatePath('/admin', 'layout');
    return r;
  },
});

export const updateGroupAction = defineAction({
  permission: 'setup:manage',
  schema: z.object({ ...form, id }),
  handler: async (input, ctx) => {
    const r = await updateGroup(ctx, { ...input, sortOrder: input.sortOrder ?? 0 });
    revalidatePath('/admin', 'layout');
    return r;
  },
});

export const deleteGroupAction = defineAction({
  permission: 'setup:manage',
  schema: z.object({ id }),
  handler: async (input, ctx) => {
    const r = await deleteGroup(ctx, input);
    revalidatePath('/admin', 'layout');
    return r;
  },
});
