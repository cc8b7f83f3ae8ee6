'use server';
// Rectification board actions for the responsible unit.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action.server';
import { MEASURE_STATUSES } from '@/lib/domain/enums';
import { requiredText } from '@/lib/domain/schemas';
import { addProgressNote, updateMeasureStatus } from '@/lib/measures/commands.server';

const measureId = z.string().min(1).max(64);

export const updateStatusAction = defineAction({
  permission: 'measure:update:own',
  schema: z.object({ measureId, status: z.enum(MEASURE_STATUSES) }),
  handler: async (input, ctx) => {
    const res = await updateMeasureStatus(ctx, input);
    revalidatePath('/measures');
    return res;
  },
});

export const addProgressAction = defineAction({
  permission: 'measure:update:own',
  schema: z.object({ measureId, date: z.iso.date({ message: 'invalid' }), note: requiredText(500) }),
  handler: async (input, ctx) => {
    const res = await addProgressNote(ctx, input);
    revalidatePath('/measures');
    return res;
  },
});
