// Ledger problems from Excel (考核办 only; issue #13, decision 023): template / preview / errors / commit
// (lib/import/route.server.ts); the column mapping travels as the multipart field `mapping` (JSON).
import { z } from 'zod';
import { commitProblemsImport, previewProblemsImport, problemsErrorWorkbook, problemsTemplate } from '@/lib/import/problems.server';
import { importRoute } from '@/lib/import/route.server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const { GET, POST } = importRoute({
  auth: 'problem:manage',
  params: z.object({}),
  services: {
    template: (ctx) => problemsTemplate(ctx),
    preview: (ctx, _p, u) => previewProblemsImport(ctx, { fileName: u.fileName, body: u.body, mapping: u.fields.get('mapping') }),
    errors: (ctx, _p, u) => problemsErrorWorkbook(ctx, { body: u.body, mapping: u.fields.get('mapping') }),
    commit: (ctx, _p, u) =>
      commitProblemsImport(ctx, { fileName: u.fileName, body: u.body, hash: u.hash, dataVersion: u.dataVersion, mapping: u.fields.get('mapping') }),
  },
});
