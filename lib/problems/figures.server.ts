// A period's ledger figures (DESIGN §8) — the one read behind the figures page, the export, the report card, the big
// screen and ledger-fed indicators: per lead unit, per category and month by month. Each is one grouped SQL query
// whose CASE columns are lib/problems/rules.ts `figuresOf` written in SQL (tests/integration/problem-board.test.ts
// compares the two on random problems, on SQLite and PostgreSQL). The SQL is plain enough for both databases: quoted
// identifiers, comparisons of DateTime columns with bound Dates (SQLite stores and binds both as the same ISO text,
// so text order is time order), and a Boolean column used as a condition (0/1 on SQLite).
import 'server-only';
import { Prisma } from '../generated/sqlite/client';
import type { Tx } from '../db/client';
import { rawInt } from '../db/raw';
import { asOf, emptyFigures, periodWindow, withRates, type LedgerFigures } from './rules';

type Period = { year: number; half: number };

interface CountRow {
  key: string;
  received: unknown;
  closed: unknown;
  onTime: unknown;
  rated: unknown;
  satisfied: unknown;
  open: unknown;
  overdue: unknown;
  supervised: unknown;
}

/** `figuresOf`'s eight counts as SUM(CASE …) columns for the window [start, end) and the overdue moment t. */
function countColumns(start: Date, end: Date, t: Date): Prisma.Sql {
  const inW = (col: string) => Prisma.sql`${Prisma.raw(`"${col}"`)} >= ${start} AND ${Prisma.raw(`"${col}"`)} < ${end}`;
  return Prisma.sql`
    SUM(CASE WHEN ${inW('raisedAt')} THEN 1 ELSE 0 END) AS "received",
    SUM(CASE WHEN ${inW('raisedAt')} AND "supervised" THEN 1 ELSE 0 END) AS "supervised",
    SUM(CASE WHEN ${inW('resolvedAt')} THEN 1 ELSE 0 END) AS "closed",
    SUM(CASE WHEN ${inW('resolvedAt')} AND "resolvedAt" <= "dueAt" THEN 1 ELSE 0 END) AS "onTime",
    SUM(CASE WHEN "rating" IS NOT NULL AND ${inW('ratedAt')} THEN 1 ELSE 0 END) AS "rated",
    SUM(CASE WHEN "rating" IN ('satisfied', 'basic') AND ${inW('ratedAt')} THEN 1 ELSE 0 END) AS "satisfied",
    SUM(CASE WHEN "raisedAt" < ${t} AND ("resolvedAt" IS NULL OR "resolvedAt" > ${t}) THEN 1 ELSE 0 END) AS "open",
    SUM(CASE WHEN "raisedAt" < ${t} AND "dueAt" < ${t} AND ("resolvedAt" IS NULL OR "resolvedAt" > ${t}) THEN 1 ELSE 0 END) AS "overdue"`;
}

/**
 * The rows that can count for the window at all (raised before its end; and raised in it, or unsolved then, or solved
 * or rated in it) — a pre-filter the indexes on raisedAt/resolvedAt serve; the CASE columns decide.
 */
function inPlay(start: Date, end: Date, t: Date): Prisma.Sql {
  const from = t.getTime() < start.getTime() ? t : start;
  return Prisma.sql`"raisedAt" < ${end} AND ("raisedAt" >= ${start} OR "resolvedAt" IS NULL OR "resolvedAt" >= ${from} OR "ratedAt" >= ${start})`;
}

function unitFilter(unitIds: readonly string[] | undefined): Prisma.Sql {
  if (!unitIds) return Prisma.empty;
  if (!unitIds.length) return Prisma.sql` AND 1 = 0`;
  return Prisma.sql` AND "leadUnitId" IN (${Prisma.join([...unitIds])})`;
}

function toFigures(r: CountRow): LedgerFigures {
  return withRates({
    received: rawInt(r.received),
    closed: rawInt(r.closed),
    onTime: rawInt(r.onTime),
    rated: rawInt(r.rated),
    satisfied: rawInt(r.satisfied),
    open: rawInt(r.open),
    overdue: rawInt(r.overdue),
    supervised: rawInt(r.supervised),
  });
}

async function grouped(
  db: Tx,
  groupBy: 'leadUnitId' | 'category',
  period: Period,
  now: Date,
  unitIds?: readonly string[],
): Promise<Map<string, LedgerFigures>> {
  const { start, end } = periodWindow(period);
  const t = asOf({ end }, now);
  const col = Prisma.raw(`"${groupBy}"`);
  const rows = await db.$queryRaw<CountRow[]>`
    SELECT ${col} AS "key", ${countColumns(start, end, t)}
    FROM "EnterpriseProblem"
    WHERE ${inPlay(start, end, t)}${unitFilter(unitIds)}
    GROUP BY ${col}`;
  const out = new Map<string, LedgerFigures>();
  for (const r of rows) out.set(r.key, toFigures(r));
  return out;
}

/** Figures of every lead unit with problems in play for the period (or only `unitIds`). */
export async function ledgerFiguresByUnit(db: Tx, period: Period, now: Date, opts: { unitIds?: readonly string[] } = {}): Promise<Map<string, LedgerFigures>> {
  return grouped(db, 'leadUnitId', period, now, opts.unitIds);
}

/** One unit's figures for the period (zeros when it has no problems). */
export async function unitLedgerFigures(db: Tx, unitId: string, period: Period, now: Date): Promise<LedgerFigures> {
  return (await ledgerFiguresByUnit(db, period, now, { unitIds: [unitId] })).get(unitId) ?? emptyFigures();
}

/** The period's figures per category (of all lead units, or only `unitIds`). */
export async function ledgerFiguresByCategory(
  db: Tx,
  period: Period,
  now: Date,
  opts: { unitIds?: readonly string[] } = {},
): Promise<Map<string, LedgerFigures>> {
  return grouped(db, 'category', period, now, opts.unitIds);
}

/** The six China-time months of a half-year: [start, end) each, and a label like 2026-03. */
export function monthsOf(period: Period): { label: string; start: Date; end: Date }[] {
  const first = period.half === 1 ? 1 : 7;
  return Array.from({ length: 6 }, (_, i) => {
    const m = first + i;
    const next = m === 12 ? `${period.year + 1}-01` : `${period.year}-${String(m + 1).padStart(2, '0')}`;
    const label = `${period.year}-${String(m).padStart(2, '0')}`;
    return { label, start: new Date(`${label}-01T00:00:00+08:00`), end: new Date(`${next}-01T00:00:00+08:00`) };
  });
}

export interface MonthFigures {
  label: string;
  /** raised within the month */
  received: number;
  /** solved (办结) within the month */
  closed: number;
}

/** Received and closed month by month within the period — one query, a pair of SUM columns per month. */
export async function ledgerMonthly(db: Tx, period: Period, opts: { unitIds?: readonly string[] } = {}): Promise<MonthFigures[]> {
  const months = monthsOf(period);
  const { start, end } = periodWindow(period);
  const cols = months.map(
    (m, i) => Prisma.sql`
      SUM(CASE WHEN "raisedAt" >= ${m.start} AND "raisedAt" < ${m.end} THEN 1 ELSE 0 END) AS ${Prisma.raw(`"r${i}"`)},
      SUM(CASE WHEN "resolvedAt" >= ${m.start} AND "resolvedAt" < ${m.end} THEN 1 ELSE 0 END) AS ${Prisma.raw(`"c${i}"`)}`,
  );
  const rows = await db.$queryRaw<Record<string, unknown>[]>`
    SELECT ${Prisma.join(cols)}
    FROM "EnterpriseProblem"
    WHERE (("raisedAt" >= ${start} AND "raisedAt" < ${end}) OR ("resolvedAt" >= ${start} AND "resolvedAt" < ${end}))${unitFilter(opts.unitIds)}`;
  const r = rows[0] ?? {};
  return months.map((m, i) => ({ label: m.label, received: rawInt(r[`r${i}`]), closed: rawInt(r[`c${i}`]) }));
}
