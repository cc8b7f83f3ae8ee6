'use server';
// 立即全量校验 on /audit: an auditor verifies the whole audit log now (lib/audit/full-verify.ts). It changes no district
// data; the run is audited with its outcome, and a clean run moves the page check's checkpoints. `confirm` is the
// button's own field, so a stray call without it does nothing.
import { revalidatePath } from 'next/cache';
import { z } from 'zod';
import { defineAction } from '@/lib/actions/define-action.server';
import { writeAudit } from '@/lib/audit.server';
import { runFullVerification } from '@/lib/audit/full-verify';

export const verifyAuditChainNowAction = defineAction({
  permission: 'audit:read',
  schema: z.object({ confirm: z.literal(true) }),
  handler: async (_input, ctx) => {
    const result = await runFullVerification(ctx.db, writeAudit, ctx.actor, 'manual');
    revalidatePath('/audit');
    return { ok: result.ok, rows: result.rows };
  },
});
