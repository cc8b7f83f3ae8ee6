// GET /api/v1/periods/{periodId}/export/{ranking.xlsx|detail.xlsx|ranking.csv} — the period's results as Excel/CSV downloads.
import { z } from 'zod';
import { defineRoute, NO_STORE } from '@/lib/actions/define-route.server';
import { DomainError } from '@/lib/actions/result';
import { buildExport, contentDisposition, exportMetaOf, isExportFile } from '@/lib/leaderboard/export.server';
import { getPeriodResults } from '@/lib/leaderboard/load.server';
import { presentResults } from '@/lib/leaderboard/present';
import { periodIdInput, readablePeriod } from '@/lib/leaderboard/access.server';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  auth: 'user',
  // the file name is checked after authorisation, so a request without a session gets 401 whatever it asks for
  params: periodIdInput.extend({ file: z.string() }),
  handler: async ({ params }, { db, user }) => {
    const period = await readablePeriod(db, user, params.periodId);
    if (!isExportFile(params.file)) throw new DomainError('notFound');
    const { result, snapshot } = await getPeriodResults(db, period.id);
    const results = presentResults(result);
    const meta = await exportMetaOf(db, period, snapshot, results);
    const { body, contentType } = await buildExport(params.file, results, meta);
    return new Response(new Uint8Array(body), {
      headers: {
        ...NO_STORE,
        'Content-Type': contentType,
        'Content-Disposition': contentDisposition(meta, params.file),
        'Content-Length': String(body.length),
      },
    });
  },
});
