// The auditor's page check against a full verification (lib/audit/chain.server.ts): a log of N rows (default 200,000)
// on one chain, a checkpoint 100 rows below the head; the page's quick check (rows after the checkpoint, and the
// checkpoint row itself) against the full run. A scratch database; SQLite by default.
//   npx tsx bench/audit-checkpoint.bench.ts
//   AUDIT_BENCH_PG=postgresql://postgres:postgres@127.0.0.1:5432/postgres npx tsx bench/audit-checkpoint.bench.ts
import { randomUUID } from 'node:crypto';
import { readCheckpoints, readHeads, saveCheckpoints, verifyAuditChain } from '../lib/audit/chain-store';
import { GENESIS_HASH, rowHash } from '../lib/audit/hash';
import { createClient } from '../lib/db/client';
import { createTestDatabase, migrate } from '../tests/support/scratch-db';

const PG = process.env.AUDIT_BENCH_PG ?? '';
const ROWS = Number(process.env.AUDIT_BENCH_ROWS ?? 200_000);
const BEHIND = 100;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;

async function main() {
  const s = await createTestDatabase('auditcp', undefined, PG);
  migrate(s.url);
  process.env.DATABASE_URL = s.url;
  const db = await createClient(s.url);
  console.log(`engine: ${PG ? 'postgresql' : 'sqlite'}, ${ROWS} rows`);
  try {
    await db.auditLog.deleteMany({});
    await db.auditChain.deleteMany({});
    let head = { seq: 0, hash: GENESIS_HASH };
    const base = Date.UTC(2026, 0, 1);
    const t0 = performance.now();
    // a few large transactions (one commit per 20,000 rows, not per statement): the fill is set-up, not measured
    const batches: NonNullable<Parameters<typeof db.auditLog.createMany>[0]>['data'][] = [];
    for (let done = 0; done < ROWS;) {
      const batch = [];
      for (let k = 0; k < 1000 && done < ROWS; k++, done++) {
        const row = {
          chain: 'bulk',
          seq: head.seq + 1,
          prevHash: head.hash,
          at: new Date(base + done * 60_000),
          actorId: null,
          actorName: `用户${done % 300}`,
          ip: '10.1.2.3',
          action: 'submission.save_draft',
          entityType: 'submission',
          entityId: `e${done % 5000}`,
          before: null,
          after: { state: 'draft', version: done, total: 87.5 },
        };
        const hash = rowHash(row);
        batch.push({ ...row, id: randomUUID(), hash, before: undefined });
        head = { seq: row.seq, hash };
      }
      batches.push(batch);
    }
    for (let i = 0; i < batches.length; i += 20)
      await db.$transaction(
        async (tx) => {
          for (const data of batches.slice(i, i + 20)) await tx.auditLog.createMany({ data });
        },
        { timeout: 600_000 },
      );
    await db.auditChain.create({ data: { chain: 'bulk', seq: head.seq, hash: head.hash } });
    console.log(`filled in ${((performance.now() - t0) / 1000).toFixed(1)} s`);

    const cpRow = await db.auditLog.findFirstOrThrow({ where: { chain: 'bulk', seq: ROWS - BEHIND } });
    await saveCheckpoints(db, [{ chain: 'bulk', seq: cpRow.seq!, hash: cpRow.hash! }]);

    const quick: number[] = [];
    for (let i = 0; i < 5; i++) {
      const t = performance.now();
      const [heads, since] = await Promise.all([readHeads(db), readCheckpoints(db)]);
      const r = await verifyAuditChain(db, { heads, since });
      quick.push(performance.now() - t);
      if (!r.ok || r.rows !== BEHIND) throw new Error(`quick check: ${JSON.stringify(r)}`);
    }
    const t1 = performance.now();
    const full = await verifyAuditChain(db);
    const fullMs = performance.now() - t1;
    if (!full.ok || full.rows !== ROWS) throw new Error(`full run: ${JSON.stringify(full)}`);
    console.log(
      `page check (checkpoint ${BEHIND} rows below the head): median ${median(quick).toFixed(1)} ms of 5 (${quick.map((q) => q.toFixed(0)).join(', ')})`,
    );
    console.log(`full verification of ${ROWS} rows: ${(fullMs / 1000).toFixed(2)} s`);
  } finally {
    await db.$disconnect();
    await s.drop();
  }
}

void main().then(
  () => process.exit(0),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
