// GET /api/evidence/<id> — an evidence file, streamed from the database: images and PDFs inline (preview), Word and
// Excel as attachments, `?download=1` always as an attachment. DELETE /api/evidence/<id> — delete it while its record
// is open. Same scope as the record the file proves: outside it the file does not exist (404).
import { z } from 'zod';
import { defineRoute, NO_STORE, refusal } from '@/lib/actions/define-route.server';
import { deleteEvidence } from '@/lib/evidence/commands.server';
import { evidenceForDownload } from '@/lib/evidence/queries.server';
import { EVIDENCE_CSP, contentDisposition, servedInline } from '@/lib/evidence/rules';
import { blobStream } from '@/lib/evidence/store.server';

export const dynamic = 'force-dynamic';

const params = z.object({ fileId: z.string().min(1).max(64) });

export const GET = defineRoute({
  auth: 'user',
  params,
  query: z.object({ download: z.string().optional() }),
  handler: async ({ params, query }, { db, user }) => {
    const file = await evidenceForDownload(db, user, params.fileId);
    if (!file) return refusal('notFound');
    const inline = servedInline(file.blob.mime) && !query.download;
    return new Response(blobStream(db, file.blob), {
      headers: {
        ...NO_STORE,
        'Content-Type': file.blob.mime,
        'Content-Length': String(file.blob.size),
        'Content-Disposition': contentDisposition(inline ? 'inline' : 'attachment', file.fileName),
        'Content-Security-Policy': EVIDENCE_CSP,
        'X-Content-Type-Options': 'nosniff',
        'Cross-Origin-Resource-Policy': 'same-origin',
        ETag: `"${file.blob.sha256}"`,
      },
    });
  },
});

export const DELETE = defineRoute({
  auth: ['submission:edit:own', 'problem:read:own'],
  forbidden: 404,
  params,
  handler: async ({ params }, ctx) => {
    const deleted = await deleteEvidence(ctx.service(), { id: params.fileId });
    return Response.json({ ok: true, ...deleted }, { headers: NO_STORE });
  },
});
