'use server';
// Publication and corrections of a period's results (admin).
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action.server';
import { requiredText } from '@/lib/domain/schemas';
import { correctResults, publishResults } from '@/lib/leaderboard/publish.server';

const periodId = z.string().min(1).max(64);

export const publishAction = defineAction({
  permission: 'results:publish',
  schema: z.object({ periodId }),
  handler: async (input, ctx) => {
    const res = await publishResults(ctx, input);
    revalidatePath('/leaderboard');
    return res;
  },
});

export const correctAction = defineAction({
  permission: 'results:publish',
  schema: z.object({ periodId, reason: requiredText(300) }),
  handler: async (input, ctx) => {
    const res = await correctResults(ctx, input);
    revalidatePath('/leaderboard');
    return res;
  },
});
