// Reads of the audit log page (auditor only): a filtered page of rows, the filter choices, and the names
// that ids and codes in the rows stand for (units, users, periods, groups, pillars: a few hundred rows at most).
import 'server-only';
import { z } from 'zod';
import type { Db } from '@/lib/db/client';

export const AUDIT_PAGE_SIZE = 50;

export const auditFilterSchema = z.object({
  action: z.string().trim().max(64).optional().catch(undefined),
  entityType: z.string().trim().max(64).optional().catch(undefined),
  actor: z.string().trim().max(64).optional().catch(undefined),
  from: z.iso.date().optional().catch(undefined),
  to: z.iso.date().optional().catch(undefined),
  page: z.coerce.number().int().min(1).max(100000).catch(1),
});
export type AuditFilter = z.output<typeof auditFilterSchema>;

/** The rows a filter selects (the page and the archive export); dates are China days, both ends included. */
export function auditWhere(f: Omit<AuditFilter, 'page'>) {
  return {
    ...(f.action ? { action: f.action } : {}),
    ...(f.entityType ? { entityType: f.entityType } : {}),
    ...(f.actor ? { actorName: { contains: f.actor } } : {}),
    ...(f.from || f.to
      ? {
          at: {
            ...(f.from ? { gte: new Date(`${f.from}T00:00:00+08:00`) } : {}),
            ...(f.to ? { lt: new Date(new Date(`${f.to}T00:00:00+08:00`).getTime() + 86_400_000) } : {}),
          },
        }
      : {}),
  };
}

export async function loadAuditPage(db: Db, f: AuditFilter) {
  const where = auditWhere(f);
  const [rows, total, actions, types, names] = await Promise.all([
    db.auditLog.findMany({ where, orderBy: { at: 'desc' }, take: AUDIT_PAGE_SIZE, skip: (f.page - 1) * AUDIT_PAGE_SIZE }),
    db.auditLog.count({ where }),
    db.auditLog.findMany({ distinct: ['action'], select: { action: true }, orderBy: { action: 'asc' } }),
    db.auditLog.findMany({ distinct: ['entityType'], select: { entityType: true }, orderBy: { entityType: 'asc' } }),
    referenceNames(db),
  ]);
  await addPageNames(db, rows, names);
  return {
    rows,
    total,
    pages: Math.max(1, Math.ceil(total / AUDIT_PAGE_SIZE)),
    actions: actions.map((a) => a.action),
    entityTypes: types.map((a) => a.entityType),
    names,
  };
}

/** The newest rows (the auditor's home), with the names their ids stand for. */
export async function loadLatestAudit(db: Db, take = 10) {
  const [rows, total, names] = await Promise.all([db.auditLog.findMany({ orderBy: { at: 'desc' }, take }), db.auditLog.count(), referenceNames(db)]);
  await addPageNames(db, rows, names);
  return { rows, total, names };
}

/** id, unit code or username → name, for showing audit values in words. */
export async function referenceNames(db: Db): Promise<Map<string, string>> {
  const [units, users, periods, groups, pillars, arenas] = await Promise.all([
    db.unit.findMany({ select: { id: true, code: true, name: true } }),
    db.user.findMany({ select: { id: true, username: true, name: true } }),
    db.period.findMany({ select: { id: true, name: true } }),
    db.contestGroup.findMany({ select: { id: true, name: true } }),
    db.strategyPillar.findMany({ select: { id: true, name: true } }),
    db.arena.findMany({ select: { id: true, name: true } }),
  ]);
  const names = new Map<string, string>();
  for (const r of [...periods, ...groups, ...pillars, ...arenas]) names.set(r.id, r.name);
  for (const u of units) names.set(u.id, u.name).set(u.code, u.name);
  for (const u of users) {
    names.set(u.id, u.name);
    if (u.username) names.set(u.username, u.name);
  }
  return names;
}

/** What an audit value refers to by id, a few levels deep: indicators (a submission's values, a statistics import's
 * rows), and an evidence file's record (`target` + `targetId`). */
type Refs = { indicator: Set<string>; measure: Set<string>; problem: Set<string> };
function refsIn(value: unknown, into: Refs, depth = 0): void {
  if (depth > 3 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) return value.forEach((v) => refsIn(v, into, depth + 1));
  const o = value as Record<string, unknown>;
  if (typeof o.targetId === 'string' && (o.target === 'indicator' || o.target === 'measure' || o.target === 'problem')) into[o.target].add(o.targetId);
  for (const [k, v] of Object.entries(o)) {
    if (k === 'indicatorId' && typeof v === 'string') into.indicator.add(v);
    else refsIn(v, into, depth + 1);
  }
}

/**
 * Names only the page needs (the ledger, the measures and the indicators are too many to load whole): ledger problems
 * by number and title, measures by their text, indicators by name — one query each, for the rows on the page.
 */
async function addPageNames(
  db: Db,
  rows: readonly { entityType: string; entityId: string | null; before: unknown; after: unknown }[],
  names: Map<string, string>,
): Promise<void> {
  const refs: Refs = { indicator: new Set(), measure: new Set(), problem: new Set() };
  for (const r of rows) {
    if (r.entityType === 'problem' && r.entityId) refs.problem.add(r.entityId);
    refsIn(r.before, refs);
    refsIn(r.after, refs);
  }
  const ids = (s: Set<string>) => [...s].slice(0, 800);
  const [problems, indicators, measures] = await Promise.all([
    refs.problem.size ? db.enterpriseProblem.findMany({ where: { id: { in: ids(refs.problem) } }, select: { id: true, code: true, title: true } }) : [],
    refs.indicator.size ? db.indicator.findMany({ where: { id: { in: ids(refs.indicator) } }, select: { id: true, name: true } }) : [],
    refs.measure.size ? db.measure.findMany({ where: { id: { in: ids(refs.measure) } }, select: { id: true, content: true } }) : [],
  ]);
  for (const p of problems) names.set(p.id, `${p.code} ${p.title}`);
  for (const i of indicators) names.set(i.id, i.name);
  for (const m of measures) names.set(m.id, m.content.length > 40 ? `${m.content.slice(0, 40)}…` : m.content);
}
