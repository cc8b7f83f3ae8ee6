// GET /api/v1/periods/{periodId}/leaderboard — the period's results as the leaderboard shows them (breakdowns included, judges as 评委n).
import { leaderboardPayload } from '@/lib/leaderboard/export.server';
import { getPeriodResults } from '@/lib/leaderboard/load.server';
import { NO_STORE, withResultsReader } from '../respond';

export const dynamic = 'force-dynamic';

export async function GET(_req: Request, { params }: { params: Promise<{ periodId: string }> }) {
  const { periodId } = await params;
  return withResultsReader(periodId, async ({ period, db }) =>
    Response.json(leaderboardPayload(period, await getPeriodResults(db, period.id)), { headers: NO_STORE }),
  );
}
