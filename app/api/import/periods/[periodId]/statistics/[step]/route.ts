// District actuals from the statistics bureau (考核办 only; 来源：统计数据; issue #13): template / preview / errors /
// commit (lib/import/route.server.ts).
import { z } from 'zod';
import { actualsErrorWorkbook, actualsTemplate, commitActualsImport, previewActualsImport } from '@/lib/import/actuals.server';
import { importRoute } from '@/lib/import/route.server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const { GET, POST } = importRoute({
  auth: 'setup:manage',
  params: z.object({ periodId: z.string().min(1).max(64) }),
  services: {
    template: (ctx, { periodId }) => actualsTemplate(ctx, 'statistics', periodId, null),
    preview: (ctx, { periodId }, u) => previewActualsImport(ctx, 'statistics', periodId, null, u),
    errors: (ctx, { periodId }, u) => actualsErrorWorkbook(ctx, 'statistics', periodId, null, u),
    commit: (ctx, { periodId }, u) => commitActualsImport(ctx, 'statistics', periodId, null, u),
  },
});
