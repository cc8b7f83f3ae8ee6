// GET /api/v1/periods/{periodId}/leaderboard — the period's results as the leaderboard shows them (breakdowns included, judges as 评委n).
import { defineRoute, NO_STORE } from '@/lib/actions/define-route.server';
import { leaderboardPayload } from '@/lib/leaderboard/export.server';
import { getPeriodResults } from '@/lib/leaderboard/load.server';
import { periodIdInput, readablePeriod } from '@/lib/leaderboard/access.server';

export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  auth: 'user',
  params: periodIdInput,
  handler: async ({ params }, { db, user }) => {
    const period = await readablePeriod(db, user, params.periodId);
    return Response.json(leaderboardPayload(period, await getPeriodResults(db, period.id)), { headers: NO_STORE });
  },
});
