// Sign-out: a full-page POST (not a client navigation) so no cached page survives; the session row is deleted.
import { getAuth } from '@/lib/auth/auth.server';
import { getCurrentUser } from '@/lib/auth/guard.server';
import { writeAudit } from '@/lib/audit.server';
import { getDb } from '@/lib/db.server';
import { clientIp } from '@/lib/request.server';

export async function POST(req: Request) {
  // Same-origin only: a cross-site form must not sign people out.
  const origin = req.headers.get('origin');
  const host = req.headers.get('host');
  if (origin && host && new URL(origin).host !== host) return new Response('forbidden', { status: 403 });

  const user = await getCurrentUser();
  const auth = await getAuth();
  const { headers: authHeaders } = await auth.api.signOut({ headers: req.headers, returnHeaders: true });
  if (user) {
    const db = await getDb();
    await db.$transaction((tx) =>
      writeAudit(tx, { id: user.id, name: user.name, ip: clientIp(req.headers) }, { action: 'auth.sign_out', entityType: 'session', entityId: user.sessionId }),
    );
  }
  const res = new Response(null, { status: 303, headers: { Location: '/login', 'Clear-Site-Data': '"cache"', 'Cache-Control': 'no-store' } });
  for (const cookie of authHeaders.getSetCookie()) res.headers.append('Set-Cookie', cookie);
  return res;
}
