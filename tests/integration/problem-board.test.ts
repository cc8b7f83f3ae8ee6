// The problem board and the ledger figures against the rules: scope (a unit sees what it leads or assists), each
// filter, pagination and sorting, the counts, the home tiles = the boards they link to, the grouped SQL figures =
// `figuresOf`, and the XLSX export's content — over a seeded district plus random problems, on SQLite and PostgreSQL.
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CurrentUser } from '@/lib/auth/guard.server';
import { createClient, type Db } from '@/lib/db/client';
import { PROBLEM_CATEGORIES, PROBLEM_STATUSES, type ProblemStatus } from '@/lib/domain/enums';
import { leaderFollowUp, unitProblemTiles } from '@/lib/home/queries.server';
import { BOARD_PAGE_SIZE, FOLLOW_UP_FILTERS, parseBoardQuery, type BoardFilters } from '@/lib/problems/board';
import { boardCounts, boardExportRows, boardPage, boardTotal } from '@/lib/problems/board.server';
import { buildBoardXlsx } from '@/lib/problems/export.server';
import { ledgerFiguresByCategory, ledgerFiguresByUnit, ledgerMonthly, monthsOf, unitLedgerFigures } from '@/lib/problems/figures.server';
import { canSee, daysOpen, emptyFigures, figuresOf, isOverdue, periodWindow, relationTo } from '@/lib/problems/rules';
import { userOf } from '../support/actors';
import { type TestDatabase, createSeededDatabase } from '../support/database';
import { insertRandomProblems } from '../support/random-problems';

let scratch: TestDatabase;
let db: Db;
const SEED = Number(process.env.PROBLEM_SEED ?? Date.now() % 100_000);
const now = new Date('2026-11-20T10:00:00+08:00');

type Full = Awaited<ReturnType<typeof loadAll>>[number];
let all: Full[];
let leader: CurrentUser;
let unitUser: CurrentUser;
let periods: { id: string; year: number; half: number }[];

function loadAll() {
  return db.enterpriseProblem.findMany({ include: { assists: true } });
}

beforeAll(async () => {
  scratch = await createSeededDatabase('problemboard');
  db = await createClient(scratch.url);
  const units = await db.unit.findMany({ where: { active: true }, select: { id: true } });
  await insertRandomProblems(db, { unitIds: units.map((u) => u.id), n: 400, seed: SEED, now });
  // a text a spreadsheet would run as a formula, for the export
  const first = await db.enterpriseProblem.findFirstOrThrow({ where: { id: `rp${SEED}x0` } });
  await db.enterpriseProblem.update({ where: { id: first.id }, data: { enterpriseName: '=HYPERLINK("http://evil","点我")' } });
  all = await loadAll();
  leader = await userOf(db, 'leader1');
  unitUser = await userOf(db, 'jsj_head');
  periods = await db.period.findMany({ select: { id: true, year: true, half: true } });
  // two more periods than the demo holds, so the figures also meet a running one and a past one
  for (const [year, half] of [
    [2025, 1],
    [2026, 2],
  ] as const)
    if (!periods.some((p) => p.year === year && p.half === half))
      periods.push(
        await db.period.create({ data: { name: `${year}年${half === 1 ? '上' : '下'}半年`, year, half }, select: { id: true, year: true, half: true } }),
      );
}, 180_000);
afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});

const visibleTo = (u: CurrentUser) => all.filter((p) => canSee(relationTo(u, { leadUnitId: p.leadUnitId, assistUnitIds: p.assists.map((a) => a.unitId) })));
const f = (q: string): BoardFilters => parseBoardQuery(new URLSearchParams(q));
const ids = (rows: { id: string }[]) => rows.map((r) => r.id).sort();

/** Every row of a board, page by page. */
async function everyPage(u: CurrentUser, filters: BoardFilters) {
  const first = await boardPage(db, u, filters, now);
  const rows = [...first.rows];
  for (let page = 2; page <= first.pages; page++) rows.push(...(await boardPage(db, u, { ...filters, page }, now)).rows);
  return { rows, total: first.total, pages: first.pages };
}

describe('problem board', () => {
  it(`a unit sees exactly what it leads or assists; leaders see all (seed ${SEED})`, async () => {
    const mine = visibleTo(unitUser);
    expect(mine.some((p) => p.leadUnitId !== unitUser.unitId)).toBe(true); // some only assisted
    expect(mine.length).toBeLessThan(all.length);
    expect(ids((await everyPage(unitUser, f(''))).rows)).toEqual(ids(mine));
    expect(await boardTotal(db, leader, f(''), now)).toBe(all.length);
    const auditor = await userOf(db, 'auditor');
    expect(await boardTotal(db, auditor, f(''), now)).toBe(all.length);
    const judge = await userOf(db, 'judge1');
    expect(await boardTotal(db, judge, f(''), now)).toBe(0);
  });

  it('each filter lists exactly the problems the rules pick', async () => {
    const unitId = unitUser.unitId!;
    const p0 = periods.find((p) => p.year === 2026 && p.half === 1)!;
    const w = periodWindow(p0);
    const inW = (d: Date | null) => d !== null && d >= w.start && d < w.end;
    // the combined filter needs a unit that has such problems: whichever unit the random data gave one
    const svc = all.find((p) => p.category === 'service' && isOverdue(p, now))!.leadUnitId;
    const cases: [string, (p: Full) => boolean][] = [
      [`unit=${unitId}`, (p) => p.leadUnitId === unitId],
      ['status=pending,transferred', (p) => p.status === 'pending' || p.status === 'transferred'],
      ['category=project', (p) => p.category === 'project'],
      ['source=hotline', (p) => p.source === 'hotline'],
      ['overdue=1', (p) => isOverdue(p, now)],
      ['supervised=1', (p) => p.supervised],
      ['q=路灯', (p) => [p.code, p.enterpriseName, p.title, p.description].some((s) => s.includes('路灯'))],
      ['q=qy2025-50', (p) => p.code.includes('QY2025-50')],
      [`period=${p0.id}`, (p) => inW(p.raisedAt)],
      [`closedIn=${p0.id}`, (p) => inW(p.resolvedAt)],
      [`rated=${p0.id}`, (p) => p.rating !== null && inW(p.ratedAt)],
      [`category=service&overdue=1&unit=${svc}`, (p) => p.category === 'service' && isOverdue(p, now) && p.leadUnitId === svc],
      ['period=nonexistent', () => false],
    ];
    for (const [q, pick] of cases) {
      const expected = all.filter(pick);
      if (!q.includes('nonexistent')) expect(expected.length, q).toBeGreaterThan(0);
      expect(await boardTotal(db, leader, f(q), now), q).toBe(expected.length);
      const listed = await everyPage(leader, f(q));
      expect(ids(listed.rows), q).toEqual(ids(expected));
    }
  });

  it('pages hold 20 rows in the chosen order, without gaps or repeats', async () => {
    const byRaised = await everyPage(leader, f('sort=raised'));
    expect(byRaised.total).toBe(all.length);
    expect(byRaised.pages).toBe(Math.ceil(all.length / BOARD_PAGE_SIZE));
    expect(new Set(byRaised.rows.map((r) => r.id)).size).toBe(all.length);
    for (let i = 1; i < byRaised.rows.length; i++) expect(byRaised.rows[i - 1]!.raisedAt >= byRaised.rows[i]!.raisedAt).toBe(true);
    const byDue = (await everyPage(leader, f('sort=due'))).rows;
    for (let i = 1; i < byDue.length; i++) expect(byDue[i - 1]!.dueAt <= byDue[i]!.dueAt).toBe(true);
    const byAge = (await everyPage(leader, f('sort=age'))).rows;
    expect(byAge).toHaveLength(all.length);
    for (let i = 1; i < byAge.length; i++) expect(byAge[i - 1]!.daysOpen).toBeGreaterThanOrEqual(byAge[i]!.daysOpen);
    expect(byAge[0]!.daysOpen).toBe(Math.max(...all.map((p) => daysOpen(p, now))));
    // exactly the rule's order (days open, then raised earlier, then code), page after page — solved and unsolved mixed
    const ageOrder = (rows: { id: string; code: string; raisedAt: Date; resolvedAt: Date | null }[]) =>
      [...rows]
        .sort((a, b) => daysOpen(b, now) - daysOpen(a, now) || a.raisedAt.getTime() - b.raisedAt.getTime() || (a.code < b.code ? -1 : 1))
        .map((p) => p.id);
    expect(byAge.map((r) => r.id)).toEqual(ageOrder(all));
    const unitByAge = (await everyPage(unitUser, f('sort=age'))).rows;
    expect(unitByAge.map((r) => r.id)).toEqual(ageOrder(visibleTo(unitUser)));
    const page2 = await boardPage(db, leader, f('page=2'), now);
    expect(page2.rows.map((r) => r.id)).toEqual(byRaised.rows.slice(20, 40).map((r) => r.id));
    // past the end: the last page
    expect((await boardPage(db, leader, f('page=9999'), now)).page).toBe(byRaised.pages);
  });

  it('each count is the total of the board it links to', async () => {
    for (const q of ['', 'category=environment', 'status=in_progress&supervised=1', `unit=${unitUser.unitId}&overdue=1`]) {
      for (const u of [leader, unitUser]) {
        const base = f(q);
        const counts = await boardCounts(db, u, base, now);
        for (const s of PROBLEM_STATUSES) expect(counts.byStatus[s], `${q} ${s}`).toBe(await boardTotal(db, u, { ...base, status: [s] }, now));
        expect(counts.overdue, q).toBe(await boardTotal(db, u, { ...base, overdue: true }, now));
        expect(counts.supervised, q).toBe(await boardTotal(db, u, { ...base, supervised: true }, now));
        const open: ProblemStatus[] = ['pending', 'in_progress', 'transferred'];
        expect(counts.open, q).toBe(await boardTotal(db, u, { ...base, status: open }, now));
      }
    }
    const counts = await boardCounts(db, leader, f(''), now);
    expect(counts.overdue).toBe(all.filter((p) => isOverdue(p, now)).length);
  });

  it("the leader's and the unit's home tiles show the numbers of the boards they link to", async () => {
    const home = await leaderFollowUp(db, leader, now);
    expect(home.openProblems).toBeGreaterThan(0);
    expect(home.overdueProblems).toBeGreaterThan(0);
    expect({ open: home.openProblems, overdue: home.overdueProblems, supervised: home.supervisedProblems }).toEqual({
      open: await boardTotal(db, leader, f(new URLSearchParams(home.problemLinks.open.split('?')[1]).toString()), now),
      overdue: await boardTotal(db, leader, f(home.problemLinks.overdue.split('?')[1]!), now),
      supervised: await boardTotal(db, leader, f(home.problemLinks.supervised.split('?')[1]!), now),
    });
    expect(home.openProblems).toBe(all.filter((p) => ['pending', 'in_progress', 'transferred'].includes(p.status)).length);
    const tiles = await unitProblemTiles(db, unitUser, now);
    expect(tiles.open).toBe(await boardTotal(db, unitUser, { ...f(''), ...FOLLOW_UP_FILTERS.open }, now));
    expect(tiles.overdue).toBe(visibleTo(unitUser).filter((p) => isOverdue(p, now)).length);
    // the big screen's 未办结 / 逾期 for a speaking unit (its figures for the running half) = its board's open / overdue
    // (at a moment after every problem was raised: the demo district is seeded relative to the real date, `now` is fixed)
    const t = new Date(Math.max(now.getTime(), ...all.map((p) => p.raisedAt.getTime())) + 1000);
    const running = periods.find((p) => t >= periodWindow(p).start && t < periodWindow(p).end)!;
    const screen = await unitLedgerFigures(db, unitUser.unitId!, running, t);
    const unitBoard = (q: string) => boardTotal(db, leader, f(`unit=${unitUser.unitId}&${q}`), t);
    expect(screen.open).toBe(await unitBoard('status=pending,in_progress,transferred'));
    expect(screen.overdue).toBe(await unitBoard('overdue=1'));
  });
});

describe('ledger figures (one grouped query)', () => {
  it('per unit equal figuresOf for every period, running and past', async () => {
    const unitIds = [...new Set(all.map((p) => p.leadUnitId))];
    for (const period of periods) {
      for (const at of [now, new Date('2027-03-01T00:00:00+08:00')]) {
        const sql = await ledgerFiguresByUnit(db, period, at);
        for (const unitId of unitIds) {
          const expected = figuresOf(
            all.filter((p) => p.leadUnitId === unitId),
            period,
            at,
          );
          expect(sql.get(unitId) ?? emptyFigures(), `${period.year}H${period.half} ${unitId}`).toEqual(expected);
        }
        const one = unitIds[0]!;
        expect(await unitLedgerFigures(db, one, period, at)).toEqual(sql.get(one) ?? emptyFigures());
        const cats = await ledgerFiguresByCategory(db, period, at);
        for (const c of PROBLEM_CATEGORIES)
          expect(cats.get(c) ?? emptyFigures(), c).toEqual(
            figuresOf(
              all.filter((p) => p.category === c),
              period,
              at,
            ),
          );
      }
    }
    // a period with problems in every respect, so the comparison is not of zeros
    const busy = figuresOf(all, { year: 2026, half: 1 }, now);
    expect(Math.min(busy.received, busy.closed, busy.rated, busy.overdue, busy.supervised)).toBeGreaterThan(0);
  });

  it('month by month counts raising and solving in China-time months', async () => {
    const period = { year: 2026, half: 1 };
    const months = monthsOf(period);
    const monthly = await ledgerMonthly(db, period, { unitIds: [unitUser.unitId!] });
    const mine = all.filter((p) => p.leadUnitId === unitUser.unitId);
    expect(monthly.map((m) => m.label)).toEqual(['2026-01', '2026-02', '2026-03', '2026-04', '2026-05', '2026-06']);
    expect(monthly).toEqual(
      months.map((m) => ({
        label: m.label,
        received: mine.filter((p) => p.raisedAt >= m.start && p.raisedAt < m.end).length,
        closed: mine.filter((p) => p.resolvedAt !== null && p.resolvedAt >= m.start && p.resolvedAt < m.end).length,
      })),
    );
    const total = await ledgerMonthly(db, period);
    expect(total.reduce((n, m) => n + m.received, 0)).toBe(figuresOf(all, period, now).received);
  });
});

describe('board export', () => {
  it('holds the filtered rows with Chinese headers, and text a spreadsheet would run stays text', async () => {
    const filters = f('category=investment&sort=due');
    const { rows, total } = await boardExportRows(db, leader, filters, now);
    expect(total).toBe(all.filter((p) => p.category === 'investment').length);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load((await buildBoardXlsx(rows, total, now)) as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.name).toBe('诉求台账');
    expect(ws.getRow(1).values).toEqual(expect.arrayContaining(['编号', '诉求标题', '企业名称', '主办单位', '承诺时限', '办理天数']));
    expect(ws.rowCount).toBe(1 + total);
    expect(ws.getCell(2, 1).value).toBe(rows[0]!.code);
    expect(ws.getCell(2, 4).value).toBe('双招双引');
    const mineRows = await boardExportRows(db, unitUser, f(''), now);
    expect(ids(mineRows.rows)).toEqual(ids(visibleTo(unitUser)));
    const evil = await boardExportRows(db, leader, f('q=HYPERLINK'), now);
    const file = new ExcelJS.Workbook();
    await file.xlsx.load((await buildBoardXlsx(evil.rows, evil.total, now)) as unknown as ArrayBuffer);
    const cell = file.worksheets[0]!.getCell(2, 3);
    expect(cell.type).toBe(ExcelJS.ValueType.String);
    expect(cell.value).toBe(`'=HYPERLINK("http://evil","点我")`);
  });
});
