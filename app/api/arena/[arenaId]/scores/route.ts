// POST /api/arena/{arenaId}/scores — a judge submits or revises their sheet for the current speaker.
// Body: { participantId, scores: { criterionId: number }, expectedVersion? }. Same service and checks as
// the server action (submitScore); answers { ok: true, data: SubmitScoreResult } or a refusal
// { ok: false, error, message, params?, fieldErrors? } with 400 / 401 / 403 / 404 / 409.
import { defineRoute, refusal } from '@/lib/actions/define-route.server';
import { submitScore } from '@/lib/arena/commands.server';
import { arenaIdInput, scoreBodyInput } from '@/lib/arena/schemas';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

/** A cross-site page cannot post here with the judge's cookie: JSON only, and an Origin (when sent) of this host. */
function crossSite(req: Request): boolean {
  if (!(req.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) return true;
  const origin = req.headers.get('origin');
  if (!origin) return false;
  try {
    return new URL(origin).host !== (req.headers.get('x-forwarded-host') ?? req.headers.get('host'));
  } catch {
    return true;
  }
}

// Server-Timing splits a judge's wait into auth / parse / write (browser dev tools, the arena bench)
export const POST = defineRoute({
  auth: 'arena:score',
  params: arenaIdInput,
  body: scoreBodyInput,
  timing: true,
  before: (req) => (crossSite(req) ? refusal('forbidden') : null),
  handler: async ({ params, body }, ctx) => {
    const service = ctx.service();
    ctx.mark('parse');
    try {
      const data = await submitScore(service, { arenaId: params.arenaId, ...body });
      return Response.json({ ok: true, data }, { headers: { 'Cache-Control': 'no-store' } });
    } finally {
      ctx.mark('write');
    }
  },
});
