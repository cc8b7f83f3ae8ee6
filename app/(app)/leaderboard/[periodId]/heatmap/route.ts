// GET /leaderboard/{periodId}/heatmap — each unit's indicator lights for the heat map, fetched when the heat map
// comes into view (the ranking page's HTML does not carry them). Same readers as the leaderboard.
import { defineRoute, NO_STORE } from '@/lib/actions/define-route.server';
import { getPeriodResults } from '@/lib/leaderboard/load.server';
import { heatmapPayload } from '@/lib/leaderboard/present';
import { periodIdInput, readablePeriod } from '@/lib/leaderboard/access.server';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  auth: 'user',
  params: periodIdInput,
  handler: async ({ params }, { db, user }) => {
    const period = await readablePeriod(db, user, params.periodId);
    return Response.json(heatmapPayload((await getPeriodResults(db, period.id)).result), { headers: NO_STORE });
  },
});
