// A unit's actuals from Excel (its own head and staff, while they may edit; issue #13): template / preview / errors /
// commit (lib/import/route.server.ts). Another unit's id answers 404, like its page.
import { z } from 'zod';
import { actualsErrorWorkbook, actualsTemplate, commitActualsImport, previewActualsImport } from '@/lib/import/actuals.server';
import { importRoute } from '@/lib/import/route.server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const { GET, POST } = importRoute({
  auth: 'submission:edit:own',
  params: z.object({ periodId: z.string().min(1).max(64), unitId: z.string().min(1).max(64) }),
  services: {
    template: (ctx, { periodId, unitId }) => actualsTemplate(ctx, 'unit', periodId, unitId),
    preview: (ctx, { periodId, unitId }, u) => previewActualsImport(ctx, 'unit', periodId, unitId, u),
    errors: (ctx, { periodId, unitId }, u) => actualsErrorWorkbook(ctx, 'unit', periodId, unitId, u),
    commit: (ctx, { periodId, unitId }, u) => commitActualsImport(ctx, 'unit', periodId, unitId, u),
  },
});
