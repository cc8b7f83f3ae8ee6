// POST /api/arena/{arenaId}/scores — a judge submits or revises their sheet for the current speaker.
// Body: { participantId, scores: { criterionId: number }, expectedVersion? }. Same service and checks as
// the server action (submitScore); answers an ActionResult: { ok: true, data: SubmitScoreResult } or
// { ok: false, error, params?, fieldErrors? } with 400 / 401 / 403 / 404 / 409.
import { fieldErrorsOf, serviceContext } from '@/lib/actions/define-action.server';
import { DomainError, type ActionResult } from '@/lib/actions/result';
import { submitScore } from '@/lib/arena/commands.server';
import { scoreBodyInput } from '@/lib/arena/schemas';
import type { SubmitScoreResult } from '@/lib/arena/types';
import { authorize, HttpError } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import { clientIp } from '@/lib/request.server';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

const NO_STORE = { 'Cache-Control': 'no-store' } as const;

function reply(body: ActionResult<SubmitScoreResult>, status: number, timing?: string) {
  return Response.json(body, { status, headers: timing ? { ...NO_STORE, 'Server-Timing': timing } : NO_STORE });
}

/** Server-Timing of the stages so far (ms): what a judge's wait was spent on (browser dev tools, the arena bench). */
function timingOf(marks: readonly (readonly [string, number])[]): string {
  const parts: string[] = [];
  for (let i = 1; i < marks.length; i++) parts.push(`${marks[i]![0]};dur=${(marks[i]![1] - marks[i - 1]![1]).toFixed(1)}`);
  return parts.join(', ');
}

const STATUS: Record<string, number> = { notFound: 404, forbidden: 403, notArenaJudge: 403, invalidInput: 400 };

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

export async function POST(req: Request, { params }: { params: Promise<{ arenaId: string }> }) {
  const marks: [string, number][] = [['', performance.now()]];
  const { arenaId } = await params;
  if (crossSite(req)) return reply({ ok: false, error: 'forbidden' }, 403);
  let user;
  try {
    user = await authorize('arena:score');
  } catch (err) {
    if (err instanceof HttpError) return reply({ ok: false, error: err.status === 401 ? 'unauthenticated' : 'forbidden' }, err.status);
    throw err;
  }
  marks.push(['auth', performance.now()]);
  let body: unknown;
  try {
    body = await req.json();
  } catch {
    return reply({ ok: false, error: 'invalidInput' }, 400);
  }
  const parsed = scoreBodyInput.safeParse(body);
  if (!parsed.success) return reply({ ok: false, error: 'invalidInput', fieldErrors: fieldErrorsOf(parsed.error) }, 400);
  try {
    const ctx = serviceContext(await getDb(), user, new Date(), clientIp(req.headers));
    marks.push(['parse', performance.now()]);
    const data = await submitScore(ctx, { arenaId, ...parsed.data });
    marks.push(['write', performance.now()]);
    return reply({ ok: true, data }, 200, timingOf(marks));
  } catch (err) {
    marks.push(['write', performance.now()]);
    if (err instanceof DomainError)
      return reply({ ok: false, error: err.code, params: err.params, fieldErrors: err.fieldErrors }, STATUS[err.code] ?? 409, timingOf(marks));
    console.error('score failed', err);
    return reply({ ok: false, error: 'serverError' }, 500);
  }
}
