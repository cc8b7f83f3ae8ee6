'use server';
// Server actions of the submission page: thin wrappers over lib/submissions/commands.server.ts.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action.server';
import { submissionInputSchema } from '@/lib/domain/submission-content';
import { saveDraft, submitSubmission } from '@/lib/submissions/commands.server';

const target = { periodId: z.string().min(1).max(64), unitId: z.string().min(1).max(64), version: z.number().int().min(0) };

export const saveDraftAction = defineAction({
  permission: 'submission:edit:own',
  schema: z.object({ ...target, content: submissionInputSchema }),
  handler: (input, ctx) => saveDraft(ctx, input),
});

export const submitAction = defineAction({
  permission: 'submission:submit:own',
  schema: z.object(target),
  handler: async (input, ctx) => {
    const res = await submitSubmission(ctx, input);
    revalidatePath(`/units/${input.unitId}`);
    return res;
  },
});
