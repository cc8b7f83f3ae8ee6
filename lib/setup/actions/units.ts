'use server';
// Server actions for units: thin wrappers over lib/setup/org.server.ts (admin only).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action.server';
import { UNIT_KINDS } from '@/lib/domain/enums';
import { createUnit, updateUnit } from '@/lib/setup/org.server';

const str = z.string().max(200);
const form = {
  code: str,
  name: str,
  shortName: str,
  kind: z.enum(UNIT_KINDS),
  groupId: z.string().max(64),
  headName: str,
  headTitle: str,
  active: z.boolean(),
};

export const createUnitAction = defineAction({
  permission: 'setup:manage',
  schema: z.object(form),
  handler: async (input, ctx) => {
    const r = await createUnit(ctx, input);
    revalidatePath('/admin', 'layout');
    return r;
  },
});

export const updateUnitAction = defineAction({
  permission: 'setup:manage',
  schema: z.object({ ...form, id: z.string().min(1).max(64) }),
  handler: async (input, ctx) => {
    const r = await updateUnit(ctx, input);
    revalidatePath('/', 'layout');
    return r;
  },
});
