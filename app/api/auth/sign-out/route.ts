// Sign-out: a full-page POST (not a client navigation) so no cached page survives; the session row is deleted.
import { defineRoute, refusal } from '@/lib/actions/define-route.server';
import { writeAudit } from '@/lib/audit.server';
import { getAuth } from '@/lib/auth/auth.server';

/** Same-origin only: a cross-site form must not sign people out. An Origin that is no URL (`garbage`, `null`) is foreign too. */
function crossSite(req: Request): Response | null {
  const origin = req.headers.get('origin');
  const host = req.headers.get('host');
  if (!origin || !host) return null;
  let from: string | null = null;
  try {
    from = new URL(origin).host;
  } catch {
    from = null;
  }
  return from !== host ? refusal('forbidden') : null;
}

export const POST = defineRoute({
  auth: 'optional',
  duringPasswordChange: true,
  before: crossSite,
  handler: async (_input, { req, user, db, ip }) => {
    const auth = await getAuth();
    const { headers: authHeaders } = await auth.api.signOut({ headers: req.headers, returnHeaders: true });
    if (user) {
      await db.$transaction((tx) =>
        writeAudit(tx, { id: user.id, name: user.name, ip }, { action: 'auth.sign_out', entityType: 'session', entityId: user.sessionId }),
      );
    }
    const res = new Response(null, { status: 303, headers: { Location: '/login', 'Clear-Site-Data': '"cache"', 'Cache-Control': 'no-store' } });
    for (const cookie of authHeaders.getSetCookie()) res.headers.append('Set-Cookie', cookie);
    return res;
  },
});
