// GET /api/arena/{arenaId}/state — the live view as JSON (ArenaLiveView; with ?view=judge the caller's
// JudgeView). Clients refetch it after a gap; its lastEventId is where to resume the event stream.
import { z } from 'zod';
import { defineRoute, NO_STORE } from '@/lib/actions/define-route.server';
import { DomainError } from '@/lib/actions/result';
import { getArenaLive, getJudgeView } from '@/lib/arena/queries.server';
import { arenaIdInput } from '@/lib/arena/schemas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export const GET = defineRoute({
  auth: 'arena:read',
  params: arenaIdInput,
  query: z.object({ view: z.string().optional() }),
  handler: async ({ params, query }, { db, user }) => {
    const view = query.view === 'judge' ? await getJudgeView(db, user, params.arenaId) : await getArenaLive(db, user, params.arenaId);
    if (!view) throw new DomainError('notFound');
    return Response.json(view, { headers: NO_STORE });
  },
});
