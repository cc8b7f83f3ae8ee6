'use server';
// Publication and corrections of a period's results (admin).
import { revalidatePath } from 'next/cache';
import { getMessages } from 'next-intl/server';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action.server';
import { DomainError } from '@/lib/actions/result';
import { canReadLeaderboard } from '@/lib/auth/permissions';
import { getPeriodResults } from '@/lib/leaderboard/load.server';
import { presentResults } from '@/lib/leaderboard/present';
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

/**
 * One unit's full breakdown, fetched when a number is clicked (the ranking page itself ships only the figures),
 * with the wording of the breakdown (the `leaderboardBreakdown` messages), which the page does not carry either.
 */
export const breakdownAction = defineAction({
  permission: ['leaderboard:read:any', 'leaderboard:read:published'],
  schema: z.object({ periodId, unitId: z.string().min(1).max(64) }),
  handler: async (input, ctx) => {
    const period = await ctx.db.period.findUnique({ where: { id: input.periodId } });
    if (!period || !canReadLeaderboard(ctx.user, period.state)) throw new DomainError('notFound');
    const { result } = await getPeriodResults(ctx.db, period.id);
    const unit = presentResults(result).units.find((u) => u.unitId === input.unitId);
    if (!unit) throw new DomainError('notFound');
    const messages = (await getMessages()) as Record<string, unknown>;
    return { unit, settings: result.settings, messages: messages.leaderboardBreakdown as Record<string, unknown> };
  },
});
