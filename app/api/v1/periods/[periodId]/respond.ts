// Shared by this period's route handlers: authorise the reader (401 / 404 as JSON) and never let a shared cache keep the answer.
import 'server-only';
import { authorizeResults } from '@/lib/leaderboard/access.server';
import { HttpError } from '@/lib/auth/guard.server';

/** Results differ by who asks (units only see published periods): no shared or stored copies. */
export const NO_STORE = { 'Cache-Control': 'private, no-store' } as const;

export type ResultsAccess = Awaited<ReturnType<typeof authorizeResults>>;

/**
 * Run `handler` for a reader of the period's results: 401 without a session; a missing period and one
 * the user may not read answer the same 404, so the API reveals nothing about unpublished periods.
 */
export async function withResultsReader(periodId: string, handler: (access: ResultsAccess) => Promise<Response>): Promise<Response> {
  try {
    return await handler(await authorizeResults(periodId));
  } catch (err) {
    if (err instanceof HttpError) return Response.json({ error: err.message }, { status: err.status, headers: NO_STORE });
    throw err;
  }
}
