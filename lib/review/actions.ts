'use server';
// Review office actions: return a submission with a comment, or approve (lock) it.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action.server';
import { requiredText } from '@/lib/domain/schemas';
import { approveSubmission, returnSubmission } from '@/lib/submissions/commands.server';

const target = { submissionId: z.string().min(1).max(64), version: z.number().int().min(1) };

export const returnAction = defineAction({
  permission: 'submission:review:any',
  schema: z.object({ ...target, comment: requiredText(500) }),
  handler: async (input, ctx) => {
    const res = await returnSubmission(ctx, input);
    revalidatePath('/review');
    return res;
  },
});

export const approveAction = defineAction({
  permission: 'submission:review:any',
  schema: z.object(target),
  handler: async (input, ctx) => {
    const res = await approveSubmission(ctx, input);
    revalidatePath('/review');
    return res;
  },
});
