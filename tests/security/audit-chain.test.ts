// The audit log's hash chain (issue #12, decision 017): a clean log verifies; each way of tampering with rows directly in
// the database — editing a value or a name, deleting, reordering, inserting a forged row, clearing the hash columns,
// moving the head — is caught and named; concurrent writers on one chain get contiguous seqs; rows written before the
// chain are chained by the migrate script, once.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeAudit } from '@/lib/audit.server';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { backfillAuditChain, readCheckpoints, readHeads, verifyAuditChain, type ChainReport, type Checkpoint } from '@/lib/audit/chain-store';
import { FULL_VERIFY_ACTION, lastFullVerification, runFullVerification } from '@/lib/audit/full-verify';
import { runScheduledAuditVerify, verifyTimeAfter } from '@/lib/ops/audit-verify-schedule';
import { GENESIS_HASH, rowHash } from '@/lib/audit/hash';
import { createClient, type Db, type Tx } from '@/lib/db/client';
import { type TestDatabase, createMigratedDatabase, migrate } from '../support/database';

let scratch: TestDatabase;
let db: Db;
const actor = { id: null, name: '审计测试', ip: '127.0.0.1' };
const CHAIN = 'period:chain-test';
const ROWS = 12;

class Rollback extends Error {}

/** Tamper inside a transaction, verify what the tampered database says, then roll everything back. */
async function tampered(
  fn: (tx: Tx, rows: Awaited<ReturnType<typeof chainRows>>) => Promise<void>,
  verify: (tx: Tx) => Promise<ChainReport> = (tx) => verifyAuditChain(tx, { pageSize: 5 }),
): Promise<ChainReport> {
  let report: ChainReport | undefined;
  await db
    .$transaction(
      async (tx) => {
        await fn(tx, await chainRows(tx));
        report = await verify(tx);
        throw new Rollback();
      },
      { timeout: 60_000 },
    )
    .catch((e: unknown) => {
      if (!(e instanceof Rollback)) throw e;
    });
  return report!;
}

const chainRows = (tx: Tx) => tx.auditLog.findMany({ where: { chain: CHAIN }, orderBy: { seq: 'asc' } });

beforeAll(async () => {
  scratch = await createMigratedDatabase('auditchain');
  db = await createClient(scratch.url);
  for (let i = 1; i <= ROWS; i++) {
    await db.$transaction((tx) =>
      writeAudit(tx, actor, {
        action: 'test.write',
        entityType: 'test',
        entityId: `e${i}`,
        scope: { period: 'chain-test' },
        // keys out of order, numbers jsonb normalises, nested objects, Chinese text
        before: i % 2 ? { z: 1.5, a: [3, { y: '乙', b: 1e21 }], m: null } : undefined,
        after: { 名称: `第${i}条`, n: i, nested: { zz: true, aa: 0.1 + 0.2 } },
      }),
    );
  }
  // a second chain, so the scan crosses chains
  await db.$transaction((tx) => writeAudit(tx, actor, { action: 'test.global', entityType: 'test', after: { k: 1 } }));
});
afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});

describe('audit hash chain', () => {
  it('a clean log verifies: every row chained, seqs contiguous, the head on the last row', async () => {
    const rows = await chainRows(db);
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: ROWS }, (_, i) => i + 1));
    expect(rows[0]!.prevHash).toBe(GENESIS_HASH);
    for (let i = 1; i < rows.length; i++) expect(rows[i]!.prevHash).toBe(rows[i - 1]!.hash);
    // the hash covers what the database gives back (jsonb reorders keys and normalises numbers)
    for (const r of rows) expect(rowHash({ ...r, seq: r.seq!, prevHash: r.prevHash! })).toBe(r.hash);
    const head = await db.auditChain.findUniqueOrThrow({ where: { chain: CHAIN } });
    expect(head).toMatchObject({ seq: ROWS, hash: rows.at(-1)!.hash });
    const report = await verifyAuditChain(db, { pageSize: 5 });
    expect(report).toEqual({ ok: true, rows: ROWS + 1, chains: 3 }); // this chain, 'global', and the legacy chain (empty)
  });

  it('editing a row’s after is caught as edited, at that row', async () => {
    const report = await tampered(async (tx, rows) => {
      await tx.auditLog.update({ where: { id: rows[4]!.id }, data: { after: { 名称: '第5条', n: 500, nested: { zz: true, aa: 0.3 } } } });
    });
    expect(report).toMatchObject({ ok: false, break: { kind: 'edited', chain: CHAIN, seq: 5 } });
  });

  it('editing a row’s actor name is caught as edited', async () => {
    const report = await tampered(async (tx, rows) => {
      await tx.auditLog.update({ where: { id: rows[2]!.id }, data: { actorName: '别人' } });
    });
    expect(report).toMatchObject({ ok: false, break: { kind: 'edited', chain: CHAIN, seq: 3 } });
  });

  it('an edit whose hash was recomputed is caught at the edited row (the next row still names the old hash)', async () => {
    const report = await tampered(async (tx, rows) => {
      const r = rows[6]!;
      const changed = { ...r, actorName: '别人' };
      await tx.auditLog.update({ where: { id: r.id }, data: { actorName: '别人', hash: rowHash({ ...changed, seq: r.seq!, prevHash: r.prevHash! }) } });
    });
    expect(report).toMatchObject({ ok: false, break: { kind: 'edited', chain: CHAIN, seq: 7 } });
  });

  it('deleting a row is caught as deleted, naming the missing seq', async () => {
    const report = await tampered(async (tx, rows) => {
      await tx.auditLog.delete({ where: { id: rows[5]!.id } });
    });
    expect(report).toMatchObject({ ok: false, break: { kind: 'deleted', chain: CHAIN, seq: 6, id: null } });
  });

  it('deleting the newest row is caught against the head', async () => {
    const report = await tampered(async (tx, rows) => {
      await tx.auditLog.delete({ where: { id: rows.at(-1)!.id } });
    });
    expect(report).toMatchObject({ ok: false, break: { kind: 'deleted', chain: CHAIN, seq: ROWS } });
  });

  it('swapping two rows’ seq is caught as reordered', async () => {
    const report = await tampered(async (tx, rows) => {
      const [a, b] = [rows[3]!, rows[4]!];
      await tx.auditLog.update({ where: { id: a.id }, data: { seq: -1 } });
      await tx.auditLog.update({ where: { id: b.id }, data: { seq: a.seq } });
      await tx.auditLog.update({ where: { id: a.id }, data: { seq: b.seq } });
    });
    expect(report).toMatchObject({ ok: false, break: { kind: 'reordered', chain: CHAIN, seq: 4 } });
  });

  it('a forged row appended past the head is caught as inserted, even with a correct hash', async () => {
    const report = await tampered(async (tx, rows) => {
      const last = rows.at(-1)!;
      const forged = { ...last, id: 'forged-1', seq: ROWS + 1, prevHash: last.hash!, actorName: '伪造', at: new Date() };
      await tx.auditLog.create({
        data: { ...forged, before: undefined, after: { forged: true }, hash: rowHash({ ...forged, before: null, after: { forged: true } }) },
      });
    });
    expect(report).toMatchObject({ ok: false, break: { kind: 'inserted', chain: CHAIN, seq: ROWS + 1, id: 'forged-1' } });
  });

  it('a forged row slipped into the middle (later rows renumbered) is caught as inserted, at the forged row', async () => {
    const report = await tampered(async (tx, rows) => {
      for (const r of [...rows].reverse().filter((r) => r.seq! >= 5)) await tx.auditLog.update({ where: { id: r.id }, data: { seq: r.seq! + 1 } });
      const prev = rows[3]!; // seq 4
      const forged = { ...prev, id: 'forged-2', seq: 5, prevHash: prev.hash!, actorName: '伪造', before: null, after: { forged: true } };
      await tx.auditLog.create({ data: { ...forged, before: undefined, after: { forged: true }, hash: rowHash(forged) } });
      await tx.auditChain.update({ where: { chain: CHAIN }, data: { seq: ROWS + 1 } });
    });
    expect(report).toMatchObject({ ok: false, break: { kind: 'inserted', chain: CHAIN, seq: 5, id: 'forged-2' } });
  });

  it('a row without chain columns (a direct INSERT) is caught as unchained', async () => {
    const report = await tampered(async (tx) => {
      await tx.auditLog.create({ data: { id: 'direct-1', actorName: '直接写入', action: 'test.direct', entityType: 'test' } });
    });
    expect(report).toMatchObject({ ok: false, break: { kind: 'unchained', id: 'direct-1' } });
  });

  it('clearing a row’s hash, or its seq, is caught as unchained (the backfill does not re-chain it)', async () => {
    for (const data of [{ hash: null }, { seq: null }, { seq: null, hash: null, prevHash: null }]) {
      const report = await tampered(async (tx, rows) => {
        await tx.auditLog.update({ where: { id: rows[7]!.id }, data: { ...data, actorName: '改过' } });
        expect(await backfillAuditChain(tx as Db)).toBe(0); // the legacy chain exists: the backfill has run
      });
      expect(report).toMatchObject({ ok: false, break: { kind: 'unchained', chain: CHAIN } });
    }
  });

  it('moving the head is caught as head mismatch', async () => {
    const report = await tampered(async (tx) => {
      await tx.auditChain.update({ where: { chain: CHAIN }, data: { hash: 'f'.repeat(64) } });
    });
    expect(report).toMatchObject({ ok: false, break: { kind: 'head mismatch', chain: CHAIN, seq: ROWS } });
  });

  it('50 concurrent audited writes on one chain get contiguous seqs and the chain verifies', async () => {
    const chain = 'period:concurrent';
    await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        db.$transaction((tx) => writeAudit(tx, actor, { action: 'test.burst', entityType: 'test', entityId: `b${i}`, scope: { period: 'concurrent' } }), {
          maxWait: 60_000,
          timeout: 60_000,
        }),
      ),
    );
    const rows = await db.auditLog.findMany({ where: { chain }, orderBy: { seq: 'asc' }, select: { seq: true, entityId: true } });
    expect(rows.map((r) => r.seq)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
    expect(new Set(rows.map((r) => r.entityId)).size).toBe(50);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
  });
});

describe('checkpoints: the page check reads only the rows after them; the full run reads everything', () => {
  const CP = 8; // this chain's checkpoint: its row 8
  /** The page's check with a checkpoint at row CP of CHAIN (the other chains from their start), as the tx sees it. */
  const pageCheck = (cps?: Map<string, Checkpoint>) => async (tx: Tx) => {
    const since = cps ?? new Map([[CHAIN, { seq: CP, hash: (await tx.auditLog.findFirstOrThrow({ where: { chain: CHAIN, seq: CP } })).hash! }]]);
    return verifyAuditChain(tx, { pageSize: 3, since, heads: await readHeads(tx) });
  };
  const fullCheck = (tx: Tx) => verifyAuditChain(tx, { pageSize: 5 });
  let cps: Map<string, Checkpoint>;
  beforeAll(async () => {
    const row = await db.auditLog.findFirstOrThrow({ where: { chain: CHAIN, seq: CP } });
    cps = new Map([[CHAIN, { seq: CP, hash: row.hash! }]]);
  });

  it('a clean log passes the page check, which reads only the rows after the checkpoint', async () => {
    const report = await pageCheck(cps)(db);
    const others = (await db.auditLog.count()) - ROWS;
    expect(report).toMatchObject({ ok: true, rows: ROWS - CP + others });
  });

  it('an edit after the checkpoint is caught by the page check, at that row', async () => {
    const report = await tampered(async (tx, rows) => {
      await tx.auditLog.update({ where: { id: rows[CP + 1]!.id }, data: { actorName: '别人' } });
    }, pageCheck(cps));
    expect(report).toMatchObject({ ok: false, break: { kind: 'edited', chain: CHAIN, seq: CP + 2 } });
  });

  it('a deletion after the checkpoint is caught by the page check', async () => {
    const report = await tampered(async (tx, rows) => {
      await tx.auditLog.delete({ where: { id: rows[CP]!.id } });
    }, pageCheck(cps));
    expect(report).toMatchObject({ ok: false, break: { kind: 'deleted', chain: CHAIN, seq: CP + 1 } });
  });

  it('an edit of the checkpoint row itself, even re-hashed consistently, is caught by the page check', async () => {
    for (const rehash of [false, true]) {
      const report = await tampered(async (tx, rows) => {
        const r = rows[CP - 1]!;
        const hash = rehash ? rowHash({ ...r, actorName: '别人', seq: r.seq!, prevHash: r.prevHash! }) : r.hash;
        await tx.auditLog.update({ where: { id: r.id }, data: { actorName: '别人', hash } });
      }, pageCheck(cps));
      expect(report, `re-hashed: ${rehash}`).toMatchObject({ ok: false, break: { kind: 'edited', chain: CHAIN, seq: CP } });
    }
  });

  it('an edit before the checkpoint passes the page check but the full run catches it', async () => {
    const edit = async (tx: Tx, rows: Awaited<ReturnType<typeof chainRows>>) => {
      await tx.auditLog.update({ where: { id: rows[2]!.id }, data: { actorName: '别人' } });
    };
    expect(await tampered(edit, pageCheck(cps))).toMatchObject({ ok: true });
    expect(await tampered(edit, fullCheck)).toMatchObject({ ok: false, break: { kind: 'edited', chain: CHAIN, seq: 3 } });
  });

  it('the full run stores the heads as checkpoints and is audited with its outcome; the schedule runs a slot once', async () => {
    const result = await runFullVerification(db, writeAudit, { id: null, name: '审计员甲', ip: null }, 'manual');
    expect(result).toMatchObject({ ok: true, trigger: 'manual', chains: 4 }); // with 'period:concurrent' from above
    expect(result.rows).toBeGreaterThan(ROWS);
    const saved = await readCheckpoints(db);
    const heads = await db.auditChain.findMany();
    expect(saved.get(CHAIN)).toEqual({ seq: ROWS, hash: heads.find((h) => h.chain === CHAIN)!.hash });
    const last = await lastFullVerification(db);
    expect(last).toMatchObject({ actorName: '审计员甲', result: { ok: true, rows: result.rows, trigger: 'manual' } });
    // the page check from these checkpoints reads only what came after (the audit row of this run)
    expect(await verifyAuditChain(db, { since: saved })).toMatchObject({ ok: true, rows: 1 });

    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'leitai-av-'));
    const deps = { db, url: scratch.url, dir, audit: writeAudit, backupTime: async () => '02:30', log: { log: () => undefined, error: () => undefined } };
    expect(verifyTimeAfter('02:30')).toBe('03:30');
    expect(verifyTimeAfter('23:45')).toBe('00:45');
    const first = await runScheduledAuditVerify(deps, '2026-12-04 03:30');
    expect(first).toMatchObject({ status: 'done', result: { ok: true, trigger: 'schedule' } });
    expect(await runScheduledAuditVerify(deps, '2026-12-04 03:30')).toEqual({ status: 'skipped', reason: 'slot already run' });
    const audited = await db.auditLog.findMany({ where: { action: FULL_VERIFY_ACTION }, orderBy: { seq: 'asc' } });
    expect(audited.map((a) => [a.actorName, a.entityId])).toEqual([
      ['审计员甲', null],
      ['system:audit-verify', '2026-12-04 03:30'],
    ]);
    expect(await verifyAuditChain(db)).toMatchObject({ ok: true });
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

describe('backfill of rows written before the chain', () => {
  let legacy: TestDatabase;
  let ldb: Db;
  beforeAll(async () => {
    legacy = await createMigratedDatabase('auditlegacy');
    ldb = await createClient(legacy.url);
  });
  afterAll(async () => {
    await ldb?.$disconnect();
    await legacy?.drop();
  });
  /** Run the migrate script as a deployment does (no other connection open: SQLite's schema engine wants the file to itself). */
  async function remigrate() {
    await ldb.$disconnect();
    migrate(legacy.url);
    ldb = await createClient(legacy.url);
  }

  it('the migrate script chains earlier rows once; a row unchained later stays a break', async () => {
    // a database as it was before the chain: rows without seq/hash, no heads
    await ldb.auditChain.deleteMany({});
    for (let i = 0; i < 7; i++) {
      await ldb.auditLog.create({
        data: { actorName: `旧${i}`, action: 'legacy.write', entityType: 'test', at: new Date(Date.UTC(2025, 0, 1 + i)), after: { i, b: { y: 1, a: 2 } } },
      });
    }
    expect(await verifyAuditChain(ldb)).toMatchObject({ ok: false, break: { kind: 'unchained' } });
    await remigrate();
    const rows = await ldb.auditLog.findMany({ orderBy: { seq: 'asc' } });
    expect(rows.map((r) => [r.chain, r.seq, r.actorName])).toEqual(Array.from({ length: 7 }, (_, i) => ['main', i + 1, `旧${i}`]));
    expect(await verifyAuditChain(ldb)).toEqual({ ok: true, rows: 7, chains: 1 });
    // clearing a row's chain columns and migrating again does not launder it
    await ldb.auditLog.update({ where: { id: rows[2]!.id }, data: { seq: null, hash: null, prevHash: null, actorName: '改过' } });
    await remigrate();
    expect(await verifyAuditChain(ldb)).toMatchObject({ ok: false, break: { kind: 'unchained', id: rows[2]!.id } });
  });
});

describe('the seeded demo database', () => {
  it('is fully chained after migrate + seed', async () => {
    const seeded = await createClient(inject('seededUrl'));
    try {
      expect(await seeded.auditLog.count({ where: { seq: null } })).toBe(0);
      expect(await verifyAuditChain(seeded)).toMatchObject({ ok: true });
    } finally {
      await seeded.$disconnect();
    }
  });
});
