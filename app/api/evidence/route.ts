// POST /api/evidence?indicatorId=…|measureId=…|problemId=…&name=<file name> — attach one evidence file (佐证材料).
// The body is the file itself (Content-Type application/octet-stream), read as a stream: no multipart parsing, no
// second copy, and a content type a cross-site form cannot send (decision 020). Answers the stored file as JSON.
import { z } from 'zod';
import { defineRoute, NO_STORE, refusal } from '@/lib/actions/define-route.server';
import { attachEvidence, writableTarget } from '@/lib/evidence/commands.server';
import { targetOf } from '@/lib/evidence/rules';
import { receiveFile } from '@/lib/evidence/store.server';

export const dynamic = 'force-dynamic';

const id = z.string().min(1).max(64).optional();
const querySchema = z.object({ indicatorId: id, measureId: id, problemId: id, name: z.string().max(1000).default('') });

export const POST = defineRoute({
  auth: ['submission:edit:own', 'problem:read:own'],
  forbidden: 404,
  query: querySchema,
  before: (req) => (req.headers.get('content-type')?.toLowerCase().startsWith('application/octet-stream') ? null : refusal('evidenceBody', { status: 415 })),
  handler: async ({ query }, ctx) => {
    const target = targetOf(query);
    if (!target) return refusal('invalidInput');
    const service = ctx.service();
    // who and where before a byte is read: a stranger's upload is refused without taking its body
    await writableTarget(ctx.db, ctx.user, target);
    const length = Number(ctx.req.headers.get('content-length'));
    const file = await receiveFile(ctx.req.body, Number.isFinite(length) && length > 0 ? length : null);
    ctx.mark('receive');
    const stored = await attachEvidence(service, { target, fileName: query.name, file });
    return Response.json({ ok: true, file: stored }, { status: 201, headers: NO_STORE });
  },
});
