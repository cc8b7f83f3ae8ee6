// GET /api/health — database reachability, provider and pending-migration count (for probes; no secrets).
import { defineRoute } from '@/lib/actions/define-route.server';
import { getDb } from '@/lib/db.server';
import { pendingMigrations, pingDatabase } from '@/lib/db/migrations';
import { databaseUrl, providerOf } from '@/lib/db/url';

export const dynamic = 'force-dynamic';

// public: probes carry no session; it answers nothing about data
export const GET = defineRoute({
  auth: 'public',
  handler: async () => {
    const provider = providerOf(databaseUrl());
    let reachable = false;
    let pending: number | null = null;
    let error: string | undefined;
    try {
      const db = await getDb();
      await pingDatabase(db);
      reachable = true;
      pending = (await pendingMigrations(db, provider)).length;
    } catch (err) {
      error = err instanceof Error ? err.message.split('\n')[0] : String(err);
    }
    const ok = reachable && pending === 0;
    return Response.json(
      { status: ok ? 'ok' : 'degraded', database: { reachable, provider }, pendingMigrations: pending, ...(error ? { error } : {}) },
      { status: ok ? 200 : 503, headers: { 'Cache-Control': 'no-store' } },
    );
  },
});
