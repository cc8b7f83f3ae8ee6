// The audit log's hash chain, pure part (DESIGN §9, decision 017): which chain a row joins, and the SHA-256 of a row
// over a canonical serialisation that reads the same on SQLite and PostgreSQL — object keys sorted recursively
// (jsonb reorders them), values as JSON gives them back (jsonb normalises numbers; JS parses both to the same
// double), the time as an ISO string at millisecond precision (what both databases keep).
import { createHash } from 'node:crypto';

/** The prevHash of a chain's first row. */
export const GENESIS_HASH = '0'.repeat(64);

/** The chain rows written before the chain existed are appended to, once, by the backfill (its head marks it done). */
export const LEGACY_CHAIN = 'main';

/** What a row's hash covers (in this order). */
export interface ChainedRow {
  chain: string;
  seq: number;
  prevHash: string;
  at: Date;
  actorId: string | null;
  actorName: string;
  ip: string | null;
  action: string;
  entityType: string;
  entityId: string | null;
  before: unknown;
  after: unknown;
}

/** JSON as a database gives it back: undefined dropped, Dates as ISO text, top-level null/undefined → null. */
export function storedJson(value: unknown): unknown {
  if (value === undefined || value === null) return null;
  return JSON.parse(JSON.stringify(value)) as unknown;
}

/** A deep copy with object keys in code-unit order, so that serialising it does not depend on the database. */
export function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === 'object' && !(value instanceof Date)) {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = canonical((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}

/** The canonical text a row's hash is computed over (version-tagged, so a later format can coexist). */
export function canonicalRow(r: ChainedRow): string {
  return JSON.stringify([
    'leitai-audit-v1',
    r.chain,
    r.seq,
    r.prevHash,
    r.at.toISOString(),
    r.actorId,
    r.actorName,
    r.ip,
    r.action,
    r.entityType,
    r.entityId,
    canonical(storedJson(r.before)),
    canonical(storedJson(r.after)),
  ]);
}

export function rowHash(r: ChainedRow): string {
  return createHash('sha256').update(canonicalRow(r), 'utf8').digest('hex');
}

type Scope = 'global' | 'unshared' | { period: string };

/**
 * The chain a write joins: its data-version scope's (those writers already queue on that scope's version row, so the
 * chain's head adds no new point of contention): 'global', `period:<id>`; a write of no shared scope (a draft, a
 * judge's sheet, a sign-in) joins its entity's chain (`<entityType>:<entityId>`), so unrelated writers never wait
 * for each other. A caller may name a chain explicitly.
 */
export function chainFor(scope: Scope, entry: { entityType: string; entityId?: string | null; chain?: string }): string {
  if (entry.chain) return entry.chain;
  if (scope === 'global') return 'global';
  if (scope === 'unshared') return `${entry.entityType}:${entry.entityId ?? ''}`.slice(0, 200);
  return `period:${scope.period}`;
}
