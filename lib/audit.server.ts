// The audit trail: append-only rows written inside the caller's transaction (who, when, IP, entity, before → after),
// each joining a hash chain (lib/audit/chain-store.ts, decision 017) so that an edit, deletion or reordering made
// directly in the database shows (npm run audit:verify, the auditor's page).
import 'server-only';
import type { Tx } from './db/client';
import { bumpDataVersionSql, scopeOf, type DataScope } from './db/data-version';
import { appendAuditRow, lockAuditChain, openAuditRows, startAuditChains } from './audit/chain-store';
import { chainFor } from './audit/hash';

export interface AuditActor {
  id: string | null;
  name: string;
  ip: string | null;
}

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId?: string | null;
  before?: unknown;
  after?: unknown;
  /**
   * The data version this write renews (lib/db/data-version.ts). Default: 'unshared' for the actions listed there, else
   * 'global' — a write that declares nothing narrower invalidates every cache.
   */
  scope?: DataScope;
  /** The hash chain the row joins; default: its scope's (lib/audit/hash.ts chainFor). */
  chain?: string;
}

export async function writeAudit(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  // every audited write moves its scope's data version in its own transaction: caches see it exactly when it commits;
  // on PostgreSQL the bump runs with the chain head's lock (writers of a scope already queue on its version row)
  const scope = scopeOf(entry);
  await appendAuditRow(
    tx,
    {
      chain: chainFor(scope, entry),
      actorId: actor.id,
      actorName: actor.name,
      ip: actor.ip,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: entry.before,
      after: entry.after,
    },
    bumpDataVersionSql(scope),
  );
}

/**
 * Many audited writes of one kind at once (a bulk import): every entry must resolve to the same scope and chain; the
 * rows are those writeAudit would write one by one, appended with one head lock and one data-version bump.
 */
/** An entry as the chain store takes it, by this actor. */
const rowOf = (actor: AuditActor, e: AuditEntry) => ({
  actorId: actor.id,
  actorName: actor.name,
  ip: actor.ip,
  action: e.action,
  entityType: e.entityType,
  entityId: e.entityId ?? null,
  before: e.before,
  after: e.after,
});

export async function writeAuditBatch(tx: Tx, actor: AuditActor, entries: readonly AuditEntry[]): Promise<void> {
  if (entries.length === 0) return;
  const append = await openAuditBatch(tx, actor, entries[0]!);
  await append(entries);
}

/**
 * writeAuditBatch in pieces, for a bulk import that builds its entries a chunk at a time (never all at once): the
 * chain of `first` (the kind every entry must share) is locked and the data version bumped here, once; each call of
 * the returned function appends its entries after the previous call's — the same rows and hashes as one batch.
 */
export async function openAuditBatch(
  tx: Tx,
  actor: AuditActor,
  first: AuditEntry,
  at: Date = new Date(),
): Promise<(entries: readonly AuditEntry[]) => Promise<void>> {
  const scope = scopeOf(first);
  const chain = chainFor(scope, first);
  const append = await openAuditRows(tx, chain, at, bumpDataVersionSql(scope));
  return async (entries) => {
    for (const e of entries) if (chainFor(scopeOf(e), e) !== chain) throw new Error(`writeAuditBatch: ${e.action} is not on chain ${chain}`);
    await append(entries.map((e) => rowOf(actor, e)));
  };
}

/**
 * The first audit rows of records this transaction created, each on its own new chain (an `unshared` write per
 * entity, e.g. a bulk import's problem.record rows): the rows writeAudit would write one by one, in a few statements.
 */
export async function writeAuditForNewEntities(tx: Tx, actor: AuditActor, entries: readonly AuditEntry[]): Promise<void> {
  for (const e of entries) if (scopeOf(e) !== 'unshared') throw new Error(`writeAuditForNewEntities: ${e.action} is not an unshared write`);
  await startAuditChains(
    tx,
    entries.map((e) => ({ chain: chainFor('unshared', e), ...rowOf(actor, e) })),
  );
}

/** Hold the chain the entry would join until the transaction ends: writers of that chain (and scope) wait behind it. */
export async function lockAuditChainOf(tx: Tx, entry: Pick<AuditEntry, 'action' | 'entityType' | 'entityId' | 'scope' | 'chain'>): Promise<void> {
  await lockAuditChain(tx, chainFor(scopeOf(entry), entry));
}
