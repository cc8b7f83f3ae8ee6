// GET /api/problems/figures.xlsx?period=<periodId> — a period's ledger figures (per lead unit, per category, per month)
// as an Excel file; a unit user gets its own unit's.
import { z } from 'zod';
import { defineRoute, NO_STORE } from '@/lib/actions/define-route.server';
import { DomainError } from '@/lib/actions/result';
import { buildFiguresXlsx, exportStem, xlsxDisposition, XLSX_TYPE } from '@/lib/problems/export.server';
import { figuresView } from '@/lib/problems/figures-view.server';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  auth: ['problem:read:own', 'problem:read:any'],
  query: z.object({ period: z.string().max(64).optional() }),
  handler: async ({ query }, { db, user, now }) => {
    const view = await figuresView(db, user, query.period, now);
    if (!view) throw new DomainError('notFound');
    const body = await buildFiguresXlsx({ ...view, periodName: view.period.name }, now);
    const stem = exportStem('figures', now, view.period.name);
    return new Response(new Uint8Array(body), {
      headers: { ...NO_STORE, 'Content-Type': XLSX_TYPE, 'Content-Disposition': xlsxDisposition(stem.zh, stem.ascii), 'Content-Length': String(body.length) },
    });
  },
});
