'use server';
// Server actions for strategy pillars: thin wrappers over lib/setup/org.server.ts (admin only).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action.server';
import { createPillar, updatePillar } from '@/lib/setup/org.server';
import { numberField } from '@/lib/setup/schemas';

const str = z.string().max(2000);
const form = { code: str, name: str, description: str, sortOrder: numberField(), active: z.boolean() };

export const createPillarAction = defineAction({
  permission: 'setup:manage',
  schema: z.object(form),
  handler: async (input, ctx) => {
    const r = await createPillar(ctx, { ...input, sortOrder: input.sortOrder ?? 0 });
    revalidatePath('/admin', 'layout');
    return r;
  },
});

export const updatePillarAction = defineAction({
  permission: 'setup:manage',
  schema: z.object({ ...form, id: z.string().min(1).max(64) }),
  handler: async (input, ctx) => {
    const r = await updatePillar(ctx, { ...input, sortOrder: input.sortOrder ?? 0 });
    revalidatePath('/admin', 'layout');
    return r;
  },
});
