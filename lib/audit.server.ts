// The audit trail: append-only rows written inside the caller's transaction (who, when, IP, entity, before → after).
import 'server-only';
import { Prisma } from './generated/sqlite/client';
import { randomUUID } from 'node:crypto';
import type { Tx } from './db/client';
import { appProvider } from './db/url';
import { bumpDataVersion, bumpDataVersionSql, scopeOf, type DataScope } from './db/data-version';

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
}

/** JSON-safe copy (Dates → ISO strings, undefined dropped) so before/after read the same on both databases. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue;
}

export async function writeAudit(tx: Tx, actor: AuditActor, entry: AuditEntry): Promise<void> {
  // every audited write moves its scope's data version in its own transaction: caches see it exactly when it commits
  const scope = scopeOf(entry);
  const bump = bumpDataVersionSql(scope);
  if (appProvider() === 'postgresql') {
    // one round trip: writers of an arena hold its lock meanwhile. (A data-modifying WITH always runs.)
    // The row id is a UUID here, not Prisma's cuid: nothing orders or parses audit ids.
    const json = (v: unknown) => (v === undefined || v === null ? null : JSON.stringify(v));
    await tx.$executeRaw`
      ${bump ? Prisma.sql`WITH version AS (${bump})` : Prisma.empty}
      INSERT INTO "AuditLog" ("id", "at", "actorId", "actorName", "ip", "action", "entityType", "entityId", "before", "after")
      VALUES (${randomUUID()}, ${new Date()}, ${actor.id}, ${actor.name}, ${actor.ip}, ${entry.action}, ${entry.entityType}, ${entry.entityId ?? null},
              ${json(entry.before)}::jsonb, ${json(entry.after)}::jsonb)`;
    return;
  }
  await bumpDataVersion(tx, scope);
  await tx.auditLog.create({
    data: {
      actorId: actor.id,
      actorName: actor.name,
      ip: actor.ip,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId ?? null,
      before: toJson(entry.before),
      after: toJson(entry.after),
    },
  });
}
