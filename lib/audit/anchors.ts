// Anchoring the audit chains outside the database (decision 017, "what the chain does not stop"): the hash chain
// catches an edit, a deletion or a reordering, but someone with write access to the database could rewrite a row AND
// re-hash every later row and the head, and the chain would verify again. Each backup's manifest therefore records
// every chain's head (seq + hash) as it was before the backup began; manifests are copied off the machine with the
// backups. `npm run audit:verify -- --anchors <backup dir>` checks that the live log still holds each recorded row
// with the recorded hash: a consistent rewrite of anything older than a backup is caught, as long as one manifest
// survives outside the attacker's reach.
// Plain Node (no server-only): used by lib/ops/backup.ts and scripts/audit-verify.ts.
import type { Tx } from '../db/client';
import { providerOf, sqliteFile } from '../db/url';

/** A chain's head at one moment: row `seq` of `chain` had `hash`. */
export interface ChainAnchor {
  chain: string;
  seq: number;
  hash: string;
}

/** Where anchors were recorded (a backup manifest's file name) and what they say. */
export interface AnchorSource {
  source: string;
  createdAt: string;
  heads: ChainAnchor[];
}

export type AnchorMismatch = ChainAnchor & { source: string; createdAt: string; found: string | null };

export interface AnchorReport {
  ok: boolean;
  /** anchors checked (over every source) */
  checked: number;
  sources: number;
  /** the oldest mismatch first (null when ok) */
  mismatch: AnchorMismatch | null;
}

/** Every chain's head in the database at `url` (chains with at least one row), read with the engine's own driver. */
export async function readChainHeads(url: string): Promise<ChainAnchor[]> {
  const sql = 'SELECT chain, seq, hash FROM "AuditChain" WHERE seq > 0 ORDER BY chain';
  if (providerOf(url) === 'sqlite') {
    const { default: Database } = await import('better-sqlite3');
    const db = new Database(sqliteFile(url), { readonly: true, fileMustExist: true });
    try {
      return db.prepare(sql).all() as ChainAnchor[];
    } finally {
      db.close();
    }
  }
  const { Client } = await import('pg');
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query<ChainAnchor>(sql)).rows.map((r) => ({ chain: r.chain, seq: Number(r.seq), hash: r.hash }));
  } finally {
    await client.end();
  }
}

/** Check each recorded head against the live log, oldest source first; stops at the first mismatch. */
export async function checkAnchors(db: Tx, sources: AnchorSource[]): Promise<AnchorReport> {
  let checked = 0;
  const ordered = [...sources].sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  for (const s of ordered) {
    for (const h of s.heads) {
      const row = await db.auditLog.findUnique({ where: { chain_seq: { chain: h.chain, seq: h.seq } }, select: { hash: true } });
      checked++;
      if (row?.hash !== h.hash)
        return { ok: false, checked, sources: ordered.length, mismatch: { ...h, source: s.source, createdAt: s.createdAt, found: row?.hash ?? null } };
    }
  }
  return { ok: true, checked, sources: ordered.length, mismatch: null };
}
