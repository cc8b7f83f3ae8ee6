'use server';
// Server actions of the 加减分 page: decode the form (points as people type them) and call lib/adjustments (admin only).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action.server';
import { createAdjustment, deleteAdjustment } from '@/lib/adjustments/commands.server';
import { numberField } from '@/lib/setup/schemas';

const id = z.string().min(1).max(64);
/** Scores show on homes, the leaderboard and the big screen: refresh everything. */
const refreshAll = () => revalidatePath('/', 'layout');

export const createAdjustmentAction = defineAction({
  permission: 'setup:manage',
  schema: z.object({
    periodId: id,
    unitId: z.string().max(64),
    // "+2", "-1", "－1", "2分": parseNumberInput with negatives allowed; '' becomes null, which the service reports as required
    points: numberField({ allowNegative: true }),
    reason: z.string().max(1000),
    evidence: z.string().max(2000),
  }),
  handler: async (input, ctx) => {
    const r = await createAdjustment(ctx, { ...input, points: input.points as number });
    refreshAll();
    return r;
  },
});

export const deleteAdjustmentAction = defineAction({
  permission: 'setup:manage',
  schema: z.object({ id }),
  handler: async (input, ctx) => {
    const r = await deleteAdjustment(ctx, input);
    refreshAll();
    return r;
  },
});
