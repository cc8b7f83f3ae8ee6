// GET /api/problems/board.xlsx?<the board's filters> — the problem board as an Excel file, with the same filters and
// the same scope as the page (a unit: what it leads or assists).
import { defineRoute, NO_STORE } from '@/lib/actions/define-route.server';
import { boardQuerySchema, type BoardFilters } from '@/lib/problems/board';
import { boardExportRows } from '@/lib/problems/board.server';
import { buildBoardXlsx, exportStem, xlsxDisposition, XLSX_TYPE } from '@/lib/problems/export.server';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  auth: ['problem:read:own', 'problem:read:any'],
  query: boardQuerySchema,
  handler: async ({ query }, { db, user, now }) => {
    const { rows, total } = await boardExportRows(db, user, query as BoardFilters, now);
    const body = await buildBoardXlsx(rows, total, now);
    const stem = exportStem('board', now);
    return new Response(new Uint8Array(body), {
      headers: { ...NO_STORE, 'Content-Type': XLSX_TYPE, 'Content-Disposition': xlsxDisposition(stem.zh, stem.ascii), 'Content-Length': String(body.length) },
    });
  },
});
