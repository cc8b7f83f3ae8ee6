// The audit chain's costs (issue #12, decision 017): one audited write before the chain (data-version bump + row insert,
// as lib/audit.server.ts wrote it) against one now (head locked and moved, hash computed), sequential and 50 at once on
// one chain; and verifying a log of N rows (default 200,000) page by page. A scratch database; SQLite by default.
//   npx tsx bench/audit-chain.bench.ts
//   AUDIT_BENCH_PG=postgresql://postgres:postgres@127.0.0.1:5432/postgres AUDIT_BENCH_ROWS=200000 npx tsx bench/audit-chain.bench.ts
import { randomUUID } from 'node:crypto';
import { appendAuditRow, verifyAuditChain } from '../lib/audit/chain-store';
import { GENESIS_HASH, rowHash } from '../lib/audit/hash';
import { createClient, type Db, type Tx } from '../lib/db/client';
import { bumpDataVersionSql } from '../lib/db/data-version';
import { Prisma } from '../lib/generated/sqlite/client';
import { createTestDatabase, migrate } from '../tests/support/scratch-db';

const PG = process.env.AUDIT_BENCH_PG ?? '';
const ROWS = Number(process.env.AUDIT_BENCH_ROWS ?? 200_000);
const WRITES = Number(process.env.AUDIT_BENCH_WRITES ?? 300);

const after = (i: number) => ({ participant: 'jsj', participantId: `p${i % 20}`, version: 1, total: 87.5, scores: { c1: 35, c2: 27.5, c3: 25 } });
const scope = { period: 'bench' } as const;

/** The write path before the chain (lib/audit.server.ts at 977f29c). */
async function writeBefore(tx: Tx, i: number, pg: boolean) {
  const bump = bumpDataVersionSql(scope)!;
  if (pg) {
    await tx.$executeRaw`WITH version AS (${bump})
      INSERT INTO "AuditLog" ("id", "at", "actorId", "actorName", "ip", "action", "entityType", "entityId", "before", "after")
      VALUES (${randomUUID()}, ${new Date()}, ${null}, ${'评委'}, ${'127.0.0.1'}, ${'arena.score'}, ${'panel_sheet'}, ${`s${i}`}, ${null}::jsonb, ${JSON.stringify(after(i))}::jsonb)`;
    return;
  }
  await tx.$executeRaw(bump);
  await tx.auditLog.create({
    data: {
      chain: 'before',
      seq: -i - 1,
      actorName: '评委',
      ip: '127.0.0.1',
      action: 'arena.score',
      entityType: 'panel_sheet',
      entityId: `s${i}`,
      after: after(i),
    },
  });
}

const writeAfter = (tx: Tx, i: number) =>
  appendAuditRow(
    tx,
    {
      chain: 'period:bench',
      actorId: null,
      actorName: '评委',
      ip: '127.0.0.1',
      action: 'arena.score',
      entityType: 'panel_sheet',
      entityId: `s${i}`,
      after: after(i),
    },
    bumpDataVersionSql(scope),
  );

async function timeWrites(db: Db, label: string, fn: (tx: Tx, i: number) => Promise<void>, offset: number) {
  const ms: number[] = [];
  for (let i = 0; i < WRITES; i++) {
    const t0 = performance.now();
    await db.$transaction((tx) => fn(tx, offset + i));
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  const t0 = performance.now();
  await Promise.all(Array.from({ length: 50 }, (_, i) => db.$transaction((tx) => fn(tx, offset + WRITES + i), { maxWait: 60_000, timeout: 60_000 })));
  const burst = performance.now() - t0;
  console.log(
    `${label}: sequential ${WRITES} writes median ${ms[ms.length >> 1]!.toFixed(2)} ms, p95 ${ms[Math.floor(ms.length * 0.95)]!.toFixed(2)} ms; 50 at once ${burst.toFixed(0)} ms`,
  );
}

async function main() {
  const s = await createTestDatabase('auditbench', undefined, PG);
  migrate(s.url);
  process.env.DATABASE_URL = s.url; // appendAuditRow picks the SQL by provider
  const db = await createClient(s.url);
  const pg = Boolean(PG);
  console.log(`engine: ${pg ? 'postgresql' : 'sqlite'}`);
  try {
    // warm-up, then alternate so neither side gets a cold start
    await timeWrites(db, 'warm-up (chain)', writeAfter, 1_000_000);
    await timeWrites(db, 'before the chain', (tx, i) => writeBefore(tx, i, pg), 0);
    await timeWrites(db, 'with the chain  ', writeAfter, 2_000_000);
    if (pg) await db.$executeRaw(Prisma.sql`DELETE FROM "AuditLog" WHERE "seq" IS NULL`);
    else await db.auditLog.deleteMany({ where: { chain: 'before' } });

    // a large log: rows chained in JS, inserted in batches (as if written one by one)
    const t0 = performance.now();
    let head = { seq: (await db.auditChain.findUnique({ where: { chain: 'bulk' } }))?.seq ?? 0, hash: GENESIS_HASH };
    const base = Date.UTC(2026, 0, 1);
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
          action: done % 3 ? 'submission.save_draft' : 'problem.note',
          entityType: done % 3 ? 'submission' : 'problem',
          entityId: `e${done % 5000}`,
          before: done % 2 ? { state: 'draft', version: done } : null,
          after: after(done),
        };
        const hash = rowHash(row);
        batch.push({ ...row, id: randomUUID(), hash, before: row.before ?? undefined });
        head = { seq: row.seq, hash };
      }
      await db.auditLog.createMany({ data: batch });
    }
    await db.auditChain.upsert({
      where: { chain: 'bulk' },
      create: { chain: 'bulk', seq: head.seq, hash: head.hash },
      update: { seq: head.seq, hash: head.hash },
    });
    console.log(`inserted ${ROWS} chained rows in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    const total = await db.auditLog.count();
    for (let run = 1; run <= 2; run++) {
      const v0 = performance.now();
      const report = await verifyAuditChain(db);
      const mem = process.memoryUsage().rss / 1e6;
      console.log(
        `verify run ${run}: ${JSON.stringify(report)} of ${total} rows in ${((performance.now() - v0) / 1000).toFixed(2)} s (rss ${mem.toFixed(0)} MB)`,
      );
    }
  } finally {
    await db.$disconnect();
    await s.drop();
  }
}

await main();
