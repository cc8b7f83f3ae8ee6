// GET /api/v1/periods/{periodId}/export/{ranking.xlsx|detail.xlsx|ranking.csv} — the period's results as Excel/CSV downloads.
import { buildExport, contentDisposition, exportMetaOf, isExportFile } from '@/lib/leaderboard/export.server';
import { getPeriodResults } from '@/lib/leaderboard/load.server';
import { presentResults } from '@/lib/leaderboard/present';
import { NO_STORE, withResultsReader } from '../../respond';

export const dynamic = 'force-dynamic';

export async function GET(_req: Request, { params }: { params: Promise<{ periodId: string; file: string }> }) {
  const { periodId, file } = await params;
  return withResultsReader(periodId, async ({ period, db }) => {
    // checked after authorisation, so a request without a session gets 401 whatever it asks for
    if (!isExportFile(file)) return Response.json({ error: 'not_found' }, { status: 404, headers: NO_STORE });
    const { result, snapshot } = await getPeriodResults(db, period.id);
    const results = presentResults(result);
    const meta = await exportMetaOf(db, period, snapshot, results);
    const { body, contentType } = await buildExport(file, results, meta);
    return new Response(new Uint8Array(body), {
      headers: { ...NO_STORE, 'Content-Type': contentType, 'Content-Disposition': contentDisposition(meta, file), 'Content-Length': String(body.length) },
    });
  });
}
