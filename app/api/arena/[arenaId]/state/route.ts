// GET /api/arena/{arenaId}/state — the live view as JSON (ArenaLiveView; with ?view=judge the caller's
// JudgeView). Clients refetch it after a gap; its lastEventId is where to resume the event stream.
import { getDb } from '@/lib/db.server';
import { withAuth } from '@/lib/auth/guard.server';
import { getArenaLive, getJudgeView } from '@/lib/arena/queries.server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'private, no-store' } as const;

export const GET = withAuth<{ params: Promise<{ arenaId: string }> }>('arena:read', async (req, user, { params }) => {
  const { arenaId } = await params;
  const db = await getDb();
  const judge = new URL(req.url).searchParams.get('view') === 'judge';
  const view = judge ? await getJudgeView(db, user, arenaId) : await getArenaLive(db, user, arenaId);
  if (!view) return Response.json({ error: 'not found' }, { status: 404, headers: NO_STORE });
  return Response.json(view, { headers: NO_STORE });
});
