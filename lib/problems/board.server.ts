// Reads of the problem board (/problems): which problems a user sees, the board's filters as one Prisma `where`, a page
// of rows, the counts per status / overdue / supervised, and the rows of the export. The page, the XLSX export and the
// homes' follow-up tiles all go through `boardWhere`, so a count and the board it links to cannot disagree.
import 'server-only';
import type { Prisma } from '../generated/sqlite/client';
import { can, type Actor } from '../auth/permissions';
import type { Db, Tx } from '../db/client';
import { appProvider } from '../db/url';
import { PROBLEM_STATUSES, type ProblemStatus } from '../domain/enums';
import { BOARD_PAGE_SIZE, type BoardFilters } from './board';
import { daysOpen, isOverdue, OPEN_PROBLEM_STATUSES, periodWindow } from './rules';

type Where = Prisma.EnterpriseProblemWhereInput;
type Reader = Pick<Actor, 'role' | 'unitId'>;

/** Nothing at all (an unknown period, a user without a unit). */
const NOTHING: Where = { id: { in: [] } };

/**
 * Above this many assisted problems the scope stays a relation filter: on PostgreSQL a bound list this long is no
 * faster; SQLite (Prisma's driver) refuses a query of more than 999 bound values, and the list shares the query with
 * the filters' own values.
 */
const assistListMax = () => (appProvider() === 'sqlite' ? 800 : 5_000);

/**
 * Leaders, 考核办 and auditors see every problem; a unit user what its unit leads (主办) or assists (协办). The assisted
 * problems' ids are read first (one index range), so the database can answer "lead = X OR id IN (…)" from two indexes
 * instead of probing ProblemAssist once per problem.
 */
export async function problemScopeWhere(db: Tx, user: Reader): Promise<Where> {
  if (can(user, 'problem:read:any')) return {};
  if (!can(user, 'problem:read:own') || !user.unitId) return NOTHING;
  const assisted = await db.problemAssist.findMany({ where: { unitId: user.unitId }, select: { problemId: true }, take: assistListMax() + 1 });
  const assists: Where = assisted.length > assistListMax() ? { assists: { some: { unitId: user.unitId } } } : { id: { in: assisted.map((a) => a.problemId) } };
  return { OR: [{ leadUnitId: user.unitId }, assists] };
}

/** Open and past its deadline now — lib/problems/rules.ts `isOverdue` as a filter. */
export const overdueWhere = (now: Date): Where => ({ status: { in: [...OPEN_PROBLEM_STATUSES] }, dueAt: { lt: now } });

/** The windows of the periods the filters name (raised / solved / rated within); null for a period that does not exist. */
async function periodWindows(db: Tx, f: Pick<BoardFilters, 'period' | 'closedIn' | 'rated'>) {
  const ids = [f.period, f.closedIn, f.rated].filter((x): x is string => !!x);
  if (!ids.length) return new Map<string, { start: Date; end: Date }>();
  const periods = await db.period.findMany({ where: { id: { in: ids } }, select: { id: true, year: true, half: true } });
  return new Map(periods.map((p) => [p.id, periodWindow(p)]));
}

/** Which facets of the filters to leave out (the counts of a facet ignore that facet's own choice). */
type Without = { status?: boolean; overdue?: boolean; supervised?: boolean };

type Windows = Map<string, { start: Date; end: Date }>;

/** What the filters need from the database: the user's scope and the windows of the periods they name (read once). */
async function whereInputs(db: Tx, user: Reader, f: Pick<BoardFilters, 'period' | 'closedIn' | 'rated'>): Promise<{ scope: Where; windows: Windows }> {
  const [windows, scope] = await Promise.all([periodWindows(db, f), problemScopeWhere(db, user)]);
  return { scope, windows };
}

/** The filters as one `where` over already-read inputs (pure). */
function buildWhere({ scope, windows }: { scope: Where; windows: Windows }, f: Omit<BoardFilters, 'page' | 'sort'>, now: Date, without: Without = {}): Where {
  const within = (periodId: string | undefined) => {
    if (!periodId) return undefined;
    const w = windows.get(periodId);
    return w ? { gte: w.start, lt: w.end } : null;
  };
  const raised = within(f.period);
  const closed = within(f.closedIn);
  const rated = within(f.rated);
  if (raised === null || closed === null || rated === null) return NOTHING;
  const and: Where[] = [scope];
  if (f.unit) and.push({ leadUnitId: f.unit });
  if (f.status?.length && !without.status) and.push({ status: { in: [...f.status] } });
  if (f.category) and.push({ category: f.category });
  if (f.source) and.push({ source: f.source });
  if (f.overdue && !without.overdue) and.push(overdueWhere(now));
  if (f.supervised && !without.supervised) and.push({ supervised: true });
  if (raised) and.push({ raisedAt: raised });
  if (closed) and.push({ resolvedAt: closed });
  if (rated) and.push({ ratedAt: rated, rating: { not: null } });
  if (f.q) {
    const q = f.q;
    and.push({
      OR: [{ code: { contains: q.toUpperCase() } }, { enterpriseName: { contains: q } }, { title: { contains: q } }, { description: { contains: q } }],
    });
  }
  return { AND: and };
}

/**
 * The board's filters as one `where`, inside the user's scope. `unit` is the lead unit (主办) — the unit the figures
 * count a problem for; `period`/`closedIn`/`rated` are the figures' received/closed/rated windows.
 */
export async function boardWhere(db: Tx, user: Reader, f: Omit<BoardFilters, 'page' | 'sort'>, now: Date, without: Without = {}): Promise<Where> {
  return buildWhere(await whereInputs(db, user, f), f, now, without);
}

const rowSelect = {
  id: true,
  code: true,
  title: true,
  enterpriseName: true,
  category: true,
  source: true,
  status: true,
  responsiblePerson: true,
  raisedAt: true,
  dueAt: true,
  resolvedAt: true,
  rating: true,
  supervised: true,
  leadUnitId: true,
  leadUnit: { select: { name: true } },
  assists: { select: { unit: { select: { id: true, name: true } } } },
} satisfies Prisma.EnterpriseProblemSelect;

type RawRow = Prisma.EnterpriseProblemGetPayload<{ select: typeof rowSelect }>;

/** One row of the board (and of its export): the problem with its derived overdue flag and age. */
export interface BoardRow {
  id: string;
  code: string;
  title: string;
  enterpriseName: string;
  category: string;
  source: string;
  status: ProblemStatus;
  leadUnitId: string;
  leadUnitName: string;
  assistUnitIds: string[];
  assistUnitNames: string[];
  responsiblePerson: string;
  raisedAt: Date;
  dueAt: Date;
  resolvedAt: Date | null;
  rating: string | null;
  supervised: boolean;
  overdue: boolean;
  daysOpen: number;
}

function toRow(r: RawRow, now: Date): BoardRow {
  return {
    id: r.id,
    code: r.code,
    title: r.title,
    enterpriseName: r.enterpriseName,
    category: r.category,
    source: r.source,
    status: r.status as ProblemStatus,
    leadUnitId: r.leadUnitId,
    leadUnitName: r.leadUnit.name,
    assistUnitIds: r.assists.map((a) => a.unit.id),
    assistUnitNames: r.assists.map((a) => a.unit.name),
    responsiblePerson: r.responsiblePerson,
    raisedAt: r.raisedAt,
    dueAt: r.dueAt,
    resolvedAt: r.resolvedAt,
    rating: r.rating,
    supervised: r.supervised,
    overdue: isOverdue(r, now),
    daysOpen: daysOpen(r, now),
  };
}

const ORDER: Record<'raised' | 'due', Prisma.EnterpriseProblemOrderByWithRelationInput[]> = {
  raised: [{ raisedAt: 'desc' }, { code: 'desc' }],
  due: [{ dueAt: 'asc' }, { code: 'asc' }],
};

/** 按办理天数: most days open first (lib/problems/rules.ts `daysOpen`), then raised earlier, then code. */
function byAge(a: { age: number; raised: number; code: string }, b: { age: number; raised: number; code: string }): number {
  return b.age - a.age || a.raised - b.raised || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);
}

/**
 * The ids of rows `skip`…`skip+take` in the board's order. Days open is not one column, but it is ordered within each
 * half: an unsolved problem's age grows with how early it was raised (so `raisedAt` ascending is that half's order), a
 * solved one's is frozen in `solvedDays` (kept by a trigger: NULL exactly while `resolvedAt` is). Each half's first skip+take rows come from an index-backed
 * query; merging the two with the same comparison gives exactly the page — no full scan, no sort of every match.
 */
async function orderedIds(db: Tx, where: Where, sort: BoardFilters['sort'], now: Date, skip: number, take: number): Promise<string[]> {
  if (sort !== 'age') return (await db.enterpriseProblem.findMany({ where, select: { id: true }, orderBy: ORDER[sort], skip, take })).map((r) => r.id);
  const k = skip + take;
  const select = { id: true, code: true, raisedAt: true, solvedDays: true } as const;
  const [open, solved] = await Promise.all([
    db.enterpriseProblem.findMany({ where: { AND: [where, { solvedDays: null }] }, select, orderBy: [{ raisedAt: 'asc' }, { code: 'asc' }], take: k }),
    // "solvedDays IS NOT NULL" lets PostgreSQL start its backward index scan past the unsolved rows (NULLs sort last)
    db.enterpriseProblem.findMany({
      where: { AND: [where, { solvedDays: { not: null } }] },
      select,
      orderBy: [{ solvedDays: 'desc' }, { raisedAt: 'asc' }, { code: 'asc' }],
      take: k,
    }),
  ]);
  const rows = [
    ...open.map((r) => ({ id: r.id, code: r.code, raised: r.raisedAt.getTime(), age: daysOpen({ raisedAt: r.raisedAt, resolvedAt: null }, now) })),
    ...solved.map((r) => ({ id: r.id, code: r.code, raised: r.raisedAt.getTime(), age: r.solvedDays ?? 0 })),
  ];
  return rows
    .sort(byAge)
    .slice(skip, skip + take)
    .map((r) => r.id);
}

async function rowsByIds(db: Tx, ids: string[], now: Date): Promise<BoardRow[]> {
  if (!ids.length) return [];
  const rows = await db.enterpriseProblem.findMany({ where: { id: { in: ids } }, select: rowSelect });
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids
    .map((id) => byId.get(id))
    .filter((r): r is RawRow => r !== undefined)
    .map((r) => toRow(r, now));
}

export interface BoardPage {
  rows: BoardRow[];
  /** problems matching the filters */
  total: number;
  page: number;
  pages: number;
}

/** How many problems the board shows for these filters (the homes' tiles use exactly this). */
export async function boardTotal(db: Tx, user: Reader, f: Omit<BoardFilters, 'page' | 'sort'>, now: Date): Promise<number> {
  return db.enterpriseProblem.count({ where: await boardWhere(db, user, f, now) });
}

export interface BoardCounts {
  /** per status, with the other filters (not the status choice) applied */
  byStatus: Record<ProblemStatus, number>;
  /** open (待受理 + 办理中 + 转办), the same scope */
  open: number;
  /** with the other filters, overdue */
  overdue: number;
  /** with the other filters, under 挂牌督办 */
  supervised: number;
}

/**
 * The board for the filters: one page of rows (BOARD_PAGE_SIZE; a page past the end shows the last one) and the counts.
 * Each count is the total the board would show after choosing it: the status counts ignore the status choice, overdue
 * and supervised add their flag to the rest. Four queries: the counts per status × supervised (the total is their sum
 * over the chosen statuses), the overdue count, the page's ids in order, and its rows.
 */
export async function boardView(db: Tx, user: Reader, f: BoardFilters, now: Date): Promise<{ page: BoardPage; counts: BoardCounts }> {
  const inputs = await whereInputs(db, user, f);
  const where = buildWhere(inputs, f, now);
  const facetWhere = buildWhere(inputs, f, now, { status: true, supervised: true });
  const overdueOnly = buildWhere(inputs, { ...f, overdue: true }, now);
  const skip = (f.page - 1) * BOARD_PAGE_SIZE;
  const [groups, overdue, firstIds] = await Promise.all([
    db.enterpriseProblem.groupBy({ by: ['status', 'supervised'], where: facetWhere, _count: { _all: true } }),
    db.enterpriseProblem.count({ where: overdueOnly }),
    orderedIds(db, where, f.sort, now, skip, BOARD_PAGE_SIZE),
  ]);
  const byStatus = Object.fromEntries(PROBLEM_STATUSES.map((s) => [s, 0])) as Record<ProblemStatus, number>;
  const chosen = new Set<string>(f.status?.length ? f.status : PROBLEM_STATUSES);
  let supervised = 0;
  let total = 0;
  for (const g of groups) {
    const n = g._count._all;
    if (g.status in byStatus && (!f.supervised || g.supervised)) byStatus[g.status as ProblemStatus] += n;
    if (chosen.has(g.status) && g.supervised) supervised += n;
    if (chosen.has(g.status) && (!f.supervised || g.supervised)) total += n;
  }
  const open = OPEN_PROBLEM_STATUSES.reduce((n, s) => n + byStatus[s], 0);
  const pages = Math.max(1, Math.ceil(total / BOARD_PAGE_SIZE));
  const page = Math.min(f.page, pages);
  const ids = page === f.page ? firstIds : await orderedIds(db, where, f.sort, now, (page - 1) * BOARD_PAGE_SIZE, BOARD_PAGE_SIZE);
  return { page: { rows: await rowsByIds(db, ids, now), total, page, pages }, counts: { byStatus, open, overdue, supervised } };
}

/** One page of the board. */
export async function boardPage(db: Tx, user: Reader, f: BoardFilters, now: Date): Promise<BoardPage> {
  return (await boardView(db, user, f, now)).page;
}

/** The board's counts for the current filters (see boardView). */
export async function boardCounts(db: Tx, user: Reader, f: Omit<BoardFilters, 'page' | 'sort'>, now: Date): Promise<BoardCounts> {
  return (await boardView(db, user, { ...f, page: 1, sort: 'raised' }, now)).counts;
}

/** Most rows an export holds (the file says when it was cut short). */
export const EXPORT_LIMIT = 20_000;

/** Every row the board's filters match, in its order, up to EXPORT_LIMIT. */
export async function boardExportRows(db: Tx, user: Reader, f: BoardFilters, now: Date): Promise<{ rows: BoardRow[]; total: number }> {
  const where = await boardWhere(db, user, f, now);
  const total = await db.enterpriseProblem.count({ where });
  if (f.sort === 'age') {
    const ids = await orderedIds(db, where, 'age', now, 0, EXPORT_LIMIT);
    return { rows: await rowsByIds(db, ids, now), total };
  }
  const rows = await db.enterpriseProblem.findMany({ where, select: rowSelect, orderBy: ORDER[f.sort], take: EXPORT_LIMIT });
  return { rows: rows.map((r) => toRow(r, now)), total };
}

/** The board's filter choices: active units (whole-district readers only) and the periods. */
export async function boardFilterOptions(db: Db, user: Reader) {
  const [units, periods] = await Promise.all([
    can(user, 'problem:read:any')
      ? db.unit.findMany({ where: { active: true }, orderBy: [{ group: { sortOrder: 'asc' } }, { sortOrder: 'asc' }], select: { id: true, name: true } })
      : [],
    db.period.findMany({ orderBy: [{ year: 'desc' }, { half: 'desc' }], select: { id: true, name: true, year: true, half: true } }),
  ]);
  return { units, periods };
}
