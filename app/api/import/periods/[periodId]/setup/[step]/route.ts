// Period setup from Excel (考核办 only; issue #13): template / preview / errors / commit (lib/import/route.server.ts).
import { z } from 'zod';
import { importRoute } from '@/lib/import/route.server';
import { commitSetupImport, previewSetupImport, setupErrorWorkbook, setupTemplate } from '@/lib/import/setup.server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const { GET, POST } = importRoute({
  auth: 'setup:manage',
  params: z.object({ periodId: z.string().min(1).max(64) }),
  services: {
    template: (ctx, { periodId }) => setupTemplate(ctx, periodId),
    preview: (ctx, { periodId }, u) => previewSetupImport(ctx, { periodId, fileName: u.fileName, body: u.body }),
    errors: (ctx, { periodId }, u) => setupErrorWorkbook(ctx, { periodId, body: u.body }),
    commit: (ctx, { periodId }, u) => commitSetupImport(ctx, { periodId, fileName: u.fileName, body: u.body, hash: u.hash, dataVersion: u.dataVersion }),
  },
});
