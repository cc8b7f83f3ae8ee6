// The audit log's hash chains in the database (decision 017): append a row (inside the caller's transaction, the
// chain's head row locked), chain the rows written before the chain existed (once, after migrations), and verify
// every chain page by page. No 'server-only': the migrate script, the seed and `npm run audit:verify` use it too.
import { randomUUID } from 'node:crypto';
import { Prisma } from '../generated/sqlite/client';
import type { Db, Tx } from '../db/client';
import { bulkInsert } from '../db/bulk-insert';
import { rawInt } from '../db/raw';
import { appProvider, type Provider } from '../db/url';
import { GENESIS_HASH, LEGACY_CHAIN, rowHash, storedJson, type ChainedRow } from './hash';

export interface AuditRowInput {
  chain: string;
  at?: Date;
  actorId: string | null;
  actorName: string;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
}

interface Head {
  seq: number;
  hash: string;
}

/**
 * Lock the chain's head (creating it at seq 0) and read it. PostgreSQL: an upsert that touches the row holds its lock
 * until the transaction ends, so appends to one chain queue here; `also` (a data-modifying statement, the data-version
 * bump) runs in the same round trip. SQLite: the first write takes the database's write lock.
 */
async function lockHead(tx: Tx, chain: string, now: Date, also: Prisma.Sql | null, provider: Provider): Promise<Head> {
  const upsert = Prisma.sql`INSERT INTO "AuditChain" ("chain", "seq", "hash", "updatedAt") VALUES (${chain}, 0, ${GENESIS_HASH}, ${now})
    ON CONFLICT ("chain") DO UPDATE SET "updatedAt" = excluded."updatedAt" RETURNING "seq", "hash"`;
  if (also && provider === 'sqlite') await tx.$executeRaw(also);
  const rows = await tx.$queryRaw<{ seq: unknown; hash: unknown }[]>(
    also && provider === 'postgresql' ? Prisma.sql`WITH version AS (${also}) ${upsert}` : upsert,
  );
  return { seq: rawInt(rows[0]?.seq), hash: String(rows[0]?.hash ?? GENESIS_HASH) };
}

const jsonParam = (v: unknown) => (v === null ? null : JSON.stringify(v));

/** An input as the row its hash covers: at the given place in its chain, its time cut to the millisecond. */
function chainedRow(chain: string, seq: number, prevHash: string, input: Omit<AuditRowInput, 'chain'>, now: Date): ChainedRow {
  return {
    chain,
    seq,
    prevHash,
    at: new Date(Math.floor((input.at ?? now).getTime())),
    actorId: input.actorId,
    actorName: input.actorName,
    ip: input.ip,
    action: input.action,
    entityType: input.entityType,
    entityId: input.entityId,
    before: storedJson(input.before),
    after: storedJson(input.after),
  };
}

/** The AuditLog columns' values of a hashed row; the id is a UUID, not Prisma's cuid: nothing orders or parses audit ids. */
const auditValues = (r: ChainedRow, hash: string) => [
  randomUUID(),
  r.at,
  r.actorId,
  r.actorName,
  r.ip,
  r.action,
  r.entityType,
  r.entityId,
  jsonParam(r.before),
  jsonParam(r.after),
  r.chain,
  r.seq,
  r.prevHash,
  hash,
];

const AUDIT_COLUMNS = ['id', 'at', 'actorId', 'actorName', 'ip', 'action', 'entityType', 'entityId', 'before', 'after', 'chain', 'seq', 'prevHash', 'hash'];

/**
 * Append one audit row to its chain inside the caller's transaction: seq = head.seq + 1, prevHash = head.hash, hash over
 * the row (lib/audit/hash.ts), head moved — a batch of one (appendAuditRows). `bump` (the data-version statement, or
 * null) runs with the head lock.
 */
export async function appendAuditRow(tx: Tx, input: AuditRowInput, bump: Prisma.Sql | null = null, provider: Provider = appProvider()): Promise<void> {
  const { chain, ...row } = input;
  await appendAuditRows(tx, chain, [row], bump, provider);
}

/** Lock a chain's head until the transaction ends (PostgreSQL; SQLite's first write takes the database lock): writers of the chain queue behind it. */
export async function lockAuditChain(tx: Tx, chain: string, provider: Provider = appProvider()): Promise<void> {
  await lockHead(tx, chain, new Date(), null, provider);
}

/**
 * Append rows to ONE chain in the caller's transaction (one form write, or a bulk import's per-record rows): the head
 * is locked and read once, the rows are hashed in order and inserted in batches (lib/db/bulk-insert.ts), the head moved
 * once. Round trips on PostgreSQL for a few rows: two (lock + read the head with the bump; insert the rows with the
 * head update).
 */
export async function appendAuditRows(
  tx: Tx,
  chain: string,
  inputs: readonly Omit<AuditRowInput, 'chain'>[],
  bump: Prisma.Sql | null = null,
  provider: Provider = appProvider(),
): Promise<void> {
  if (inputs.length === 0) return;
  const append = await openAuditRows(tx, chain, inputs[0]!.at ?? new Date(), bump, provider);
  await append(inputs);
}

/**
 * appendAuditRows in pieces (a bulk import that builds its rows a chunk at a time): the head is locked and read once
 * here (with `bump`), then each call hashes its rows after the previous call's last one and moves the head — the rows
 * and hashes one appendAuditRows call with every piece at once would give (a row without `at` takes `at` given here).
 */
export async function openAuditRows(
  tx: Tx,
  chain: string,
  at: Date,
  bump: Prisma.Sql | null = null,
  provider: Provider = appProvider(),
): Promise<(inputs: readonly Omit<AuditRowInput, 'chain'>[]) => Promise<void>> {
  const now = new Date(Math.floor(at.getTime()));
  let head = await lockHead(tx, chain, now, bump, provider);
  return async (inputs) => {
    if (inputs.length === 0) return;
    const values = inputs.map((input) => {
      const row = chainedRow(chain, head.seq + 1, head.hash, input, now);
      head = { seq: row.seq, hash: rowHash(row) };
      return auditValues(row, head.hash);
    });
    const moveHead = Prisma.sql`UPDATE "AuditChain" SET "seq" = ${head.seq}, "hash" = ${head.hash} WHERE "chain" = ${chain}`;
    await bulkInsert(tx, provider, 'AuditLog', AUDIT_COLUMNS, values, { json: ['before', 'after'], withLast: moveHead });
  };
}

/**
 * The first row of many chains that do not exist yet (records this transaction just created, e.g. a bulk import's
 * problems, each its own chain): every row is seq 1 after the genesis hash, and every head is inserted at that row —
 * what appendAuditRow writes for a new chain, in a few multi-row INSERTs. A chain that exists already fails the head
 * INSERT (unique), and the caller's transaction with it.
 */
export async function startAuditChains(tx: Tx, inputs: readonly AuditRowInput[], provider: Provider = appProvider()): Promise<void> {
  if (inputs.length === 0) return;
  const now = new Date(Math.floor(Date.now()));
  const rows = inputs.map((input) => {
    const row = chainedRow(input.chain, 1, GENESIS_HASH, input, now);
    return { ...row, hash: rowHash(row) };
  });
  await bulkInsert(
    tx,
    provider,
    'AuditChain',
    ['chain', 'seq', 'hash', 'updatedAt'],
    rows.map((r) => [r.chain, r.seq, r.hash, r.at]),
  );
  await bulkInsert(
    tx,
    provider,
    'AuditLog',
    AUDIT_COLUMNS,
    rows.map((r) => auditValues(r, r.hash)),
    { json: ['before', 'after'] },
  );
}

// ───────────── backfill ─────────────

const ROW_SELECT = {
  id: true,
  chain: true,
  seq: true,
  prevHash: true,
  hash: true,
  at: true,
  actorId: true,
  actorName: true,
  ip: true,
  action: true,
  entityType: true,
  entityId: true,
  before: true,
  after: true,
} as const;

/**
 * Chain the rows written before the chain existed (seq NULL), oldest first, onto the legacy chain — once per database:
 * the legacy chain's head, created here even when there is nothing to chain, marks it done. Afterwards an unchained row
 * is a break (so clearing a row's hash columns cannot get an edit re-chained). Returns how many rows were chained.
 */
export async function backfillAuditChain(db: Db): Promise<number> {
  if (await db.auditChain.findUnique({ where: { chain: LEGACY_CHAIN }, select: { chain: true } })) return 0;
  return db.$transaction(
    async (tx) => {
      const created = await tx.$queryRaw<unknown[]>`INSERT INTO "AuditChain" ("chain", "seq", "hash", "updatedAt")
        VALUES (${LEGACY_CHAIN}, 0, ${GENESIS_HASH}, ${new Date()}) ON CONFLICT ("chain") DO NOTHING RETURNING "chain"`;
      if (!created.length) return 0; // another process did it meanwhile
      let head: Head = { seq: 0, hash: GENESIS_HASH };
      for (;;) {
        const rows = await tx.auditLog.findMany({ where: { seq: null }, orderBy: [{ at: 'asc' }, { id: 'asc' }], take: 500, select: ROW_SELECT });
        if (!rows.length) break;
        for (const r of rows) {
          const seq = head.seq + 1;
          const hash = rowHash({ ...r, chain: LEGACY_CHAIN, seq, prevHash: head.hash });
          await tx.auditLog.update({ where: { id: r.id }, data: { chain: LEGACY_CHAIN, seq, prevHash: head.hash, hash } });
          head = { seq, hash };
        }
      }
      await tx.auditChain.update({ where: { chain: LEGACY_CHAIN }, data: { seq: head.seq, hash: head.hash } });
      return head.seq;
    },
    { maxWait: 60_000, timeout: 30 * 60_000 },
  );
}

// ───────────── verify ─────────────

export type BreakKind = 'edited' | 'deleted' | 'reordered' | 'inserted' | 'unchained' | 'head mismatch';

export interface ChainBreak {
  kind: BreakKind;
  chain: string;
  /** the broken row's seq; for 'deleted' the first missing seq */
  seq: number | null;
  /** the broken row (null when it is missing) */
  id: string | null;
  at: Date | null;
  /** for 'deleted': the row the gap was found before (null at a chain's end) */
  nextId?: string | null;
}

export type ChainReport = { ok: true; rows: number; chains: number } | { ok: false; rows: number; chains: number; break: ChainBreak };

type Row = Awaited<ReturnType<Tx['auditLog']['findMany']>>[number];

const hashOf = (r: Row) => rowHash({ ...r, seq: r.seq ?? 0, prevHash: r.prevHash ?? '' });

export interface ChainHead {
  chain: string;
  seq: number;
  hash: string;
}

/** Every chain's head (the rows a verification goes up to). */
export const readHeads = (db: Tx): Promise<ChainHead[]> => db.auditChain.findMany({ select: { chain: true, seq: true, hash: true } });

/** Store `heads` (just verified) as the chains' checkpoints. */
export async function saveCheckpoints(db: Tx, heads: readonly ChainHead[], at: Date = new Date()): Promise<void> {
  for (const h of heads)
    await db.auditCheckpoint.upsert({
      where: { chain: h.chain },
      create: { chain: h.chain, seq: h.seq, hash: h.hash, verifiedAt: at },
      update: { seq: h.seq, hash: h.hash, verifiedAt: at },
    });
}

/** The stored checkpoints, chain → last verified row. */
export async function readCheckpoints(db: Tx): Promise<Map<string, Checkpoint>> {
  return new Map((await db.auditCheckpoint.findMany()).map((c) => [c.chain, { seq: c.seq, hash: c.hash }]));
}

/** A chain's last verified row: its seq and the hash it had then (table AuditCheckpoint). */
export interface Checkpoint {
  seq: number;
  hash: string;
}

/**
 * Verify every chain from its first row to its head, `pageSize` rows at a time (the whole log is never in memory).
 * With `since` (chain → checkpoint) it is the quick check of the auditor's page: for a chain with a checkpoint, the
 * checkpoint row must still exist with the stored hash (and hash to it), and only the rows after it, up to the head
 * read at the start, are verified. Edits of rows before a checkpoint, rows outside every chain and rows past a head
 * are not looked for there: the scheduled full verification (no `since`) catches them.
 */
export async function verifyAuditChain(
  db: Tx,
  opts: { pageSize?: number; since?: ReadonlyMap<string, Checkpoint>; heads?: readonly ChainHead[] } = {},
): Promise<ChainReport> {
  const pageSize = opts.pageSize ?? 2000;
  const since = opts.since;
  const heads = new Map((opts.heads ?? (await readHeads(db))).map((h) => [h.chain, h]));
  let rows = 0;
  const seen = new Set<string>();
  const fail = (b: ChainBreak): ChainReport => ({ ok: false, rows, chains: heads.size, break: b });
  const at = (r: Row) => ({ chain: r.chain, seq: r.seq, id: r.id, at: r.at });

  // a row outside every chain: cleared hash columns, or written past the chain (a direct INSERT)
  const loose = since
    ? null
    : await db.auditLog.findFirst({
        where: { OR: [{ seq: null }, { hash: null }, { prevHash: null }] },
        orderBy: [{ at: 'asc' }, { id: 'asc' }],
        select: { id: true, chain: true, seq: true, at: true },
      });
  if (loose) return fail({ kind: 'unchained', ...loose });

  // the row whose hash another row names as its predecessor, if any (used only to name a break)
  const byHash = (chain: string, hash: string | null) =>
    hash ? db.auditLog.findFirst({ where: { chain, hash }, select: { seq: true } }) : Promise.resolve(null);
  const nextOf = (chain: string, seq: number) =>
    db.auditLog.findFirst({ where: { chain, seq: { gt: seq } }, orderBy: { seq: 'asc' }, select: { prevHash: true } });

  /** Why `r` does not follow `prev` (prevprev: the row before that). Null when it does. */
  async function judge(r: Row, prev: Row | null, prevprev: Row | null): Promise<ChainBreak | null> {
    const head = heads.get(r.chain);
    if (!head) return { kind: 'head mismatch', ...at(r) };
    const seq = r.seq!;
    if (seq > head.seq) return { kind: 'inserted', ...at(r) };
    const expected = prev ? prev.seq! + 1 : 1;
    if (seq < expected) return { kind: 'reordered', ...at(r) };
    if (seq > expected) return { kind: 'deleted', chain: r.chain, seq: expected, id: null, at: null, nextId: r.id };
    const link = prev ? prev.hash : GENESIS_HASH;
    const selfOk = hashOf(r) === r.hash;
    if (r.prevHash === link) return selfOk ? null : { kind: 'edited', ...at(r) };
    // the link to the previous row is broken
    if (prev && r.prevHash === (prevprev ? prevprev.hash : GENESIS_HASH)) return { kind: 'inserted', ...at(prev) }; // the chain skips prev
    const named = await byHash(r.chain, r.prevHash);
    if (named && named.seq !== expected - 1) return { kind: 'reordered', ...at(r) };
    if (!named) {
      const next = await nextOf(r.chain, seq);
      if (next && next.prevHash === link) return { kind: 'inserted', ...at(r) }; // the next row skips r
      // r is intact but names a predecessor that no longer exists: prev was edited and re-hashed
      if (selfOk && prev) return { kind: 'edited', ...at(prev) };
    }
    return { kind: 'edited', ...at(r) };
  }

  /** A chain's last row against its head. */
  function closeChain(chain: string, last: Row | null): ChainBreak | null {
    const head = heads.get(chain)!;
    const lastSeq = last?.seq ?? 0;
    if (lastSeq < head.seq) return { kind: 'deleted', chain, seq: lastSeq + 1, id: null, at: null, nextId: null };
    if ((last?.hash ?? GENESIS_HASH) !== head.hash) return { kind: 'head mismatch', chain, seq: lastSeq, id: last?.id ?? null, at: last?.at ?? null };
    return null;
  }

  // every chain in the log (a forged one without a head too), then each chain's rows by seq: index range scans on
  // (chain, seq), so the whole log is read once however long it is (a compound cursor made every page rescan it).
  // The quick check reads the chains that have a head, and no row past the head it read first.
  const chains = since ? [...heads.keys()].sort() : (await db.auditLog.groupBy({ by: ['chain'], where: { seq: { not: null } } })).map((g) => g.chain).sort();
  for (const chain of chains) {
    let prev: Row | null = null;
    let prevprev: Row | null = null;
    let after: number | null = null; // no lower bound at first: a forged row numbered 0 or below is read too
    const cp = since?.get(chain);
    const upTo = since ? heads.get(chain)!.seq : null;
    if (cp && cp.seq > 0) {
      const row = await db.auditLog.findFirst({ where: { chain, seq: cp.seq } });
      if (!row) return fail({ kind: 'deleted', chain, seq: cp.seq, id: null, at: null, nextId: null });
      // the checkpoint row edited (even re-hashed consistently): its hash is no longer the one verified before
      if (row.hash !== cp.hash || hashOf(row) !== row.hash) return fail({ kind: 'edited', ...at(row) });
      prev = row;
      after = cp.seq;
    }
    for (;;) {
      const seq = { ...(after === null ? { not: null } : { gt: after }), ...(upTo === null ? {} : { lte: upTo }) };
      const page: Row[] = await db.auditLog.findMany({ where: { chain, seq }, orderBy: { seq: 'asc' }, take: pageSize });
      for (const r of page) {
        const b = await judge(r, prev, prevprev);
        if (b) return fail(b);
        rows++;
        prevprev = prev;
        prev = r;
      }
      if (page.length < pageSize) break;
      after = page[page.length - 1]!.seq!;
    }
    if (prev || heads.has(chain)) seen.add(chain);
    if (prev || since) {
      const b = closeChain(chain, prev);
      if (b) return fail(b);
    }
  }
  // a head whose rows are all gone
  for (const [chain, head] of heads) {
    if (!seen.has(chain) && head.seq > 0) return fail({ kind: 'deleted', chain, seq: 1, id: null, at: null, nextId: null });
  }
  return { ok: true, rows, chains: heads.size };
}

/** What a verification's outcome depends on, cheaply: every head and the number of rows. */
export async function chainFingerprint(db: Tx): Promise<string> {
  const [heads, count] = await Promise.all([
    db.auditChain.findMany({ select: { chain: true, seq: true, hash: true }, orderBy: { chain: 'asc' } }),
    db.auditLog.count(),
  ]);
  return `${count}|${heads.map((h) => `${h.chain}:${h.seq}:${h.hash}`).join(',')}`;
}
