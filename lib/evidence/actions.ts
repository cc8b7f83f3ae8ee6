'use server';
// Server actions for evidence settings: thin wrappers over lib/evidence/commands.server.ts. Uploads and deletions are
// route handlers (app/api/evidence), since a file is a request body, not a form field.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action.server';
import { setEvidenceRequired } from './commands.server';

const id = z.string().min(1).max(64);

export const setEvidenceRequiredAction = defineAction({
  permission: 'setup:manage',
  schema: z.object({ periodId: id, unitId: id, required: z.array(id).max(500) }),
  handler: async (input, ctx) => {
    const r = await setEvidenceRequired(ctx, input);
    revalidatePath('/admin', 'layout');
    revalidatePath('/review');
    return r;
  },
});
