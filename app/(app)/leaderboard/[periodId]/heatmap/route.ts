// GET /leaderboard/{periodId}/heatmap — each unit's indicator lights for the heat map, fetched when the heat map
// comes into view (the ranking page's HTML does not carry them). Same readers as the leaderboard.
import { withResultsReader, NO_STORE } from '@/app/api/v1/periods/[periodId]/respond';
import { getPeriodResults } from '@/lib/leaderboard/load.server';
import { heatmapPayload } from '@/lib/leaderboard/present';

export const dynamic = 'force-dynamic';

export async function GET(_req: Request, { params }: { params: Promise<{ periodId: string }> }) {
  const { periodId } = await params;
  return withResultsReader(periodId, async ({ period, db }) =>
    Response.json(heatmapPayload((await getPeriodResults(db, period.id)).result), { headers: NO_STORE }),
  );
}
