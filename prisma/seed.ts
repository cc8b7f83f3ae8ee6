// Demo district: groups, units, users of every role, 2025年下半年 (published, complete) and
// 2026年上半年 (open), indicators, submissions, gaps, measures, a finished 2025H2 arena, a prepared 2026H1 arena, the
// enterprise-service ledger. Runs only on an empty database; LEITAI_DEMO=0 seeds nothing.
//
//   tsx prisma/seed.ts            seed if the database is empty
import { createHash, randomUUID } from 'node:crypto';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { appendAuditRow } from '../lib/audit/chain-store';
import { runFullVerification } from '../lib/audit/full-verify';
import type { AuditActor, AuditEntry } from '../lib/audit.server';
import { AUDIT_VERIFY_ACTOR, verifyTimeAfter } from '../lib/ops/audit-verify-schedule';
import { localDate } from '../lib/ops/scheduler';
import { accountRows, hashPassword } from '../lib/auth/accounts';
import { computeForSnapshot } from '../lib/leaderboard/load.server';
import { createClient, type Db, type Tx } from '../lib/db/client';
import { databaseUrl, redactUrl } from '../lib/db/url';
import { mulberry32 } from '../lib/domain/prng';
import { gapSchema, indicatorSchema, measureSchema, unitSchema, weightsSumTo100 } from '../lib/domain/schemas';
import { sanitizeFileName } from '../lib/evidence/rules';
import { samplePdf, samplePng } from '../lib/evidence/samples';
import { figuresOf, ledgerActual, problemCode, type LedgerActual } from '../lib/problems/rules';
import { problemRecordSchema } from '../lib/problems/schemas';
import { EVENT_RULES } from '../lib/notify/rules';
import { notifyText, storeNotifications } from '../lib/notify/store';
import { district } from './demo/district';
import { replayProblem, type ProblemHistory } from './demo/problem-history';
import { DEMO_LEDGER_LAST_DAY, demoProblems, type DemoProblem } from './demo/problems';
import type { DemoIndicator, DemoUnit } from './demo/types';
import { seedNotifyDemo } from './demo/notify';

export const DEMO_PASSWORD = 'Leitai@2026';
const DAY = 86_400_000;
const RUBRIC = [
  { name: '实绩成效', maxScore: 40 },
  { name: '差距剖析', maxScore: 30 },
  { name: '思路举措', maxScore: 30 },
];

/** Deterministic PRNG (mulberry32) so every seed produces the same panel scores. */
function prng(seedText: string) {
  return mulberry32([...seedText].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 2654435761) >>> 0, 1779033703));
}

const round1 = (n: number) => Math.round(n * 10) / 10;
/** 经济发展局's headline figures, imported by 考核办 from the 区统计局 (来源：统计数据; decision 022) */
const STATISTICS_VALUES: ReadonlySet<string> = new Set(['jfj:jfj_gdp_growth', 'jfj:jfj_industry_growth', 'jfj:fixed_asset_investment']);

/** Fail loudly if the hand-written demo data breaks a rule the app enforces. */
export function validateDistrict() {
  const codes = new Set(district.units.map((u) => u.code));
  const problems: string[] = [];
  for (const u of district.units) {
    const unitCheck = unitSchema.safeParse({
      code: u.code,
      name: u.name,
      shortName: u.shortName,
      kind: u.kind,
      groupId: u.group,
      headName: u.head.name,
      headTitle: u.head.title,
    });
    if (!unitCheck.success) problems.push(`${u.code}: ${unitCheck.error.message}`);
    if (!weightsSumTo100(u.indicators.map((i) => i.weight))) problems.push(`${u.code}: weights do not sum to 100`);
    for (const ind of u.indicators) {
      const r = indicatorSchema.safeParse(indicatorInput(ind));
      if (!r.success) problems.push(`${u.code}/${ind.key}: ${r.error.message}`);
    }
    for (const g of u.gaps) {
      if (!gapSchema.safeParse(g).success) problems.push(`${u.code}: bad gap`);
      for (const m of g.measures) {
        if (!codes.has(m.responsibleUnit)) problems.push(`${u.code}: unknown responsible unit ${m.responsibleUnit}`);
        const r = measureSchema.safeParse({ ...m, responsibleUnitId: m.responsibleUnit, deadline: new Date(m.deadline) });
        if (!r.success) problems.push(`${u.code}: bad measure ${r.error.message}`);
      }
    }
  }
  for (const p of demoProblems) {
    const r = problemRecordSchema.safeParse({
      ...p,
      leadUnitId: p.lead,
      assistUnitIds: p.assist ?? [],
    });
    if (!r.success) problems.push(`problem ${p.title}: ${r.error.message}`);
    for (const code of [p.lead, ...(p.assist ?? []), ...p.steps.flatMap((s) => (s.k === 'reassign' ? [s.lead, ...(s.assist ?? [])] : []))])
      if (!codes.has(code)) problems.push(`problem ${p.title}: unknown unit ${code}`);
    try {
      replayProblem(p, DEMO_LEDGER_LAST_DAY);
    } catch (err) {
      problems.push((err as Error).message);
    }
  }
  if (problems.length) throw new Error('demo data invalid:\n' + problems.join('\n'));
}

function indicatorInput(ind: DemoIndicator) {
  return {
    key: ind.key,
    name: ind.name,
    category: ind.category,
    measureUnit: ind.measureUnit,
    direction: ind.direction,
    annualTarget: ind.direction === 'milestone' ? null : ind.annualTarget,
    halfTarget: ind.direction === 'milestone' ? null : ind.halfTarget,
    plannedPercent: ind.direction === 'milestone' ? (ind.plannedPercent ?? null) : null,
    weight: ind.weight,
    method: ind.method,
    cap: ind.cap ?? null,
    dataSource: ind.dataSource,
  };
}

export interface SeedSummary {
  groups: number;
  units: number;
  users: number;
  periods: number;
  indicators: number;
  submissions: number;
  measures: number;
  problems: number;
}

/** The demo problems replayed through the flow, in the order they were raised, with their numbers. */
export function demoLedger(): { problem: DemoProblem; history: ProblemHistory; code: string }[] {
  const seqByYear = new Map<number, number>();
  const onDay = new Map<string, number>();
  return demoProblems.map((problem) => {
    const year = Number(problem.raisedAt.slice(0, 4));
    const seq = (seqByYear.get(year) ?? 0) + 1;
    seqByYear.set(year, seq);
    const sameDay = onDay.get(problem.raisedAt) ?? 0;
    onDay.set(problem.raisedAt, sameDay + 1);
    return { problem, history: replayProblem(problem, DEMO_LEDGER_LAST_DAY, sameDay), code: problemCode(year, seq) };
  });
}

/** A ledger-fed indicator's actual for a unit and period, from the demo problems (what submitting would freeze). */
function ledgerFigureOf(
  ledger: ReturnType<typeof demoLedger>,
  unitCode: string,
  figure: NonNullable<DemoIndicator['ledgerFigure']>,
  period: { year: number; half: number },
  now: Date,
): LedgerActual {
  const facts = ledger
    .filter((l) => l.history.leadUnit === unitCode)
    .map(({ problem, history: h }) => ({ ...h, leadUnitId: h.leadUnit, category: problem.category }));
  return ledgerActual(figure, figuresOf(facts, period, now));
}

function ledgerValue(a: LedgerActual | null) {
  return a ? { actual: a.value, ledgerNumerator: a.numerator, ledgerDenominator: a.denominator } : {};
}

export async function seedDemo(db: Db, now: Date = new Date()): Promise<SeedSummary> {
  validateDistrict();
  const passwordHash = await hashPassword(DEMO_PASSWORD);
  const summary = await db.$transaction(async (tx) => seedInTx(tx, passwordHash, now), { timeout: 180_000, maxWait: 30_000 });
  // /audit shows the last full verification of the audit log: the demo has had one (as the daily run after last
  // night's backup would have written it), which also sets the checkpoints the page's quick check starts from
  const audit = (tx: Tx, actor: AuditActor, entry: AuditEntry) =>
    appendAuditRow(tx, { actorId: actor.id, actorName: actor.name, ip: actor.ip, ...entry, chain: 'global', entityId: entry.entityId ?? null });
  const slot = `${localDate(new Date(now.getTime() - 86_400_000))} ${verifyTimeAfter('02:30')}`;
  await runFullVerification(db, audit, AUDIT_VERIFY_ACTOR, 'schedule', slot);
  return summary;
}

async function seedInTx(tx: Tx, passwordHash: string, now: Date): Promise<SeedSummary> {
  const ledger = demoLedger();
  // ── organisation ──
  const groupIds = new Map<string, string>();
  for (const [i, g] of district.groups.entries()) {
    const row = await tx.contestGroup.create({ data: { name: g.name, description: g.description, sortOrder: i } });
    groupIds.set(g.id, row.id);
  }
  const pillarIds = new Map<string, string>();
  for (const [i, p] of district.pillars.entries()) {
    const row = await tx.strategyPillar.create({ data: { code: p.code, name: p.name, description: p.description, sortOrder: i } });
    pillarIds.set(p.code, row.id);
  }
  const unitIds = new Map<string, string>();
  await tx.unit.createMany({
    data: district.units.map((u, i) => {
      const id = randomUUID();
      unitIds.set(u.code, id);
      return {
        id,
        code: u.code,
        name: u.name,
        shortName: u.shortName,
        kind: u.kind,
        groupId: groupIds.get(u.group)!,
        headName: u.head.name,
        headTitle: u.head.title,
        sortOrder: i,
      };
    }),
  });

  // ── users: one password for every demo account, hashed once by better-auth ──
  const accounts = [
    accountRows({ username: 'admin', name: '周立平', title: '区考核办主任', role: 'admin' }, passwordHash, now),
    accountRows({ username: 'auditor', name: '沈若兰', title: '区审计局审计员', role: 'auditor' }, passwordHash, now),
    // 安全管理员 (三员分立): accounts, roles and security settings only
    accountRows({ username: 'secadmin', name: '韩卫东', title: '区政务数据中心安全管理员', role: 'security_admin' }, passwordHash, now),
    ...district.leaders.map((p) => accountRows({ username: p.username, name: p.name, title: p.title, role: 'leader' }, passwordHash, now)),
    ...district.judges.map((p) => accountRows({ username: p.username, name: p.name, title: p.title, role: 'judge' }, passwordHash, now)),
    ...district.units.flatMap((u) => [
      accountRows({ username: `${u.code}_head`, name: u.head.name, title: u.head.title, role: 'unit_head', unitId: unitIds.get(u.code) }, passwordHash, now),
      accountRows(
        { username: `${u.code}_staff`, name: u.staff.name, title: u.staff.title, role: 'unit_staff', unitId: unitIds.get(u.code) },
        passwordHash,
        now,
      ),
    ]),
  ];
  await tx.user.createMany({ data: accounts.map((a) => a.user) });
  await tx.account.createMany({ data: accounts.map((a) => a.account) });
  const userId = new Map(accounts.map((a) => [a.user.username, a.user.id]));
  const adminId = userId.get('admin')!;
  const headId = (u: DemoUnit) => userId.get(`${u.code}_head`)!;

  // ── periods ──
  const prev = await tx.period.create({
    data: {
      name: '2025年下半年',
      year: 2025,
      half: 2,
      state: 'published',
      deadline: new Date('2026-01-15T18:00:00+08:00'),
      timeProgress: 0.5,
      openedAt: new Date('2025-12-20T09:00:00+08:00'),
      publishedAt: new Date('2026-02-10T10:00:00+08:00'),
      rubric: { create: RUBRIC.map((r, i) => ({ ...r, sortOrder: i })) },
    },
    include: { rubric: true },
  });
  // The open half's deadline was yesterday evening: most units made it, a few drafts are now 逾期, one was late.
  const yesterdayInChina = new Date(now.getTime() + 8 * 3_600_000 - DAY).toISOString().slice(0, 10);
  const deadline = new Date(`${yesterdayInChina}T18:00:00+08:00`);
  const cur = await tx.period.create({
    data: {
      name: '2026年上半年',
      year: 2026,
      half: 1,
      state: 'open',
      deadline,
      timeProgress: 0.5,
      openedAt: new Date(deadline.getTime() - 20 * DAY),
      rubric: { create: RUBRIC.map((r, i) => ({ ...r, sortOrder: i })) },
    },
  });

  // ── indicators, submissions, values ──
  let indicatorCount = 0;
  let submissionCount = 0;
  let measureCount = 0;
  for (const [ui, u] of district.units.entries()) {
    const unitId = unitIds.get(u.code)!;
    const rand = prng(u.code);

    // 2025H2: explicit half targets, approved submissions, every actual filled.
    const prevSub = await tx.submission.create({
      data: {
        periodId: prev.id,
        unitId,
        state: 'approved',
        version: 3,
        highlights: `${u.shortName}2025年下半年各项指标按计划推进，详见指标完成情况。`,
        h2Goals: '',
        submittedAt: new Date(prev.deadline!.getTime() - (2 + (ui % 5)) * DAY),
        submittedById: headId(u),
        reviewedAt: new Date(prev.deadline!.getTime() + 3 * DAY),
        reviewedById: adminId,
      },
    });
    const curState = u.submission;
    const curSub =
      curState === 'none'
        ? null
        : await tx.submission.create({
            data: {
              periodId: cur.id,
              unitId,
              state: curState === 'late' ? 'submitted' : curState,
              version: curState === 'draft' ? 4 : curState === 'approved' ? 6 : 5,
              highlights: u.highlights,
              h2Goals: u.h2Goals,
              late: curState === 'late',
              submittedAt:
                curState === 'draft'
                  ? null
                  : curState === 'late'
                    ? new Date(deadline.getTime() + 6 * 3_600_000)
                    : new Date(deadline.getTime() - (1 + (ui % 6)) * DAY - rand() * 8 * 3_600_000),
              submittedById: curState === 'draft' ? null : headId(u),
              reviewComment: curState === 'returned' ? (u.returnComment ?? null) : null,
              reviewedAt: curState === 'approved' || curState === 'returned' ? new Date(Math.min(now.getTime(), deadline.getTime() + 12 * 3_600_000)) : null,
              reviewedById: curState === 'approved' || curState === 'returned' ? adminId : null,
            },
          });
    submissionCount += curSub ? 2 : 1;

    for (const [i, ind] of u.indicators.entries()) {
      const base = indicatorInput(ind);
      const pillars = ind.pillars.filter((p) => pillarIds.has(p)).map((p) => ({ pillarId: pillarIds.get(p)! }));
      const prevInd = await tx.indicator.create({
        data: {
          ...base,
          ledgerFigure: ind.ledgerFigure ?? null,
          periodId: prev.id,
          unitId,
          sortOrder: i,
          annualTarget: null,
          halfTarget: ind.direction === 'milestone' ? null : ind.prev.halfTarget,
          plannedPercent: ind.direction === 'milestone' ? ind.prev.halfTarget : null,
          pillars: { create: pillars },
        },
      });
      // a ledger-fed actual is the unit's figure for the period, frozen when the unit submitted (never typed)
      const prevLedger = ind.ledgerFigure ? ledgerFigureOf(ledger, u.code, ind.ledgerFigure, prev, now) : null;
      await tx.indicatorValue.create({
        data: { indicatorId: prevInd.id, submissionId: prevSub.id, actual: ind.prev.actual, ...ledgerValue(prevLedger) },
      });
      const curInd = await tx.indicator.create({
        data: { ...base, ledgerFigure: ind.ledgerFigure ?? null, periodId: cur.id, unitId, sortOrder: i, pillars: { create: pillars } },
      });
      if (curSub) {
        const curLedger = ind.ledgerFigure && curState !== 'draft' ? ledgerFigureOf(ledger, u.code, ind.ledgerFigure, cur, now) : null;
        await tx.indicatorValue.create({
          data: {
            indicatorId: curInd.id,
            submissionId: curSub.id,
            actual: ind.actual,
            evidence: ind.evidence ?? null,
            ...ledgerValue(curLedger),
            // 来源：统计数据 — the district's headline figures come from the statistics bureau via 考核办 (decision 022)
            source: STATISTICS_VALUES.has(`${u.code}:${ind.key}`) && ind.actual !== null ? 'statistics' : 'unit',
          },
        });
      }
      indicatorCount += 2;
    }
    if (!curSub) continue;

    // pillar measures: one row per pillar
    const byPillar = new Map<string, string[]>();
    for (const pm of u.pillarMeasures) if (pillarIds.has(pm.pillar)) byPillar.set(pm.pillar, [...(byPillar.get(pm.pillar) ?? []), pm.content]);
    for (const [code, contents] of byPillar) {
      await tx.pillarMeasure.create({ data: { submissionId: curSub.id, pillarId: pillarIds.get(code)!, content: contents.join('\n') } });
    }

    for (const [gi, g] of u.gaps.entries()) {
      const gap = await tx.gap.create({ data: { submissionId: curSub.id, description: g.description, rootCause: g.rootCause, sortOrder: gi } });
      for (const [mi, m] of g.measures.entries()) {
        await tx.measure.create({
          data: {
            unitId,
            periodId: cur.id,
            submissionId: curSub.id,
            gapId: gap.id,
            pillarId: m.pillar ? (pillarIds.get(m.pillar) ?? null) : null,
            content: m.content,
            responsibleUnitId: unitIds.get(m.responsibleUnit)!,
            responsiblePerson: m.responsiblePerson,
            deadline: new Date(`${m.deadline}T23:59:59+08:00`),
            status: m.status,
            closedAt: m.status === 'done' ? new Date(`${m.progress?.at(-1)?.date ?? m.deadline}T17:00:00+08:00`) : null,
            sortOrder: mi,
            progress: {
              create: (m.progress ?? []).map((p) => ({ date: new Date(`${p.date}T12:00:00+08:00`), note: p.note, authorId: headId(u) })),
            },
          },
        });
        measureCount++;
      }
    }
  }

  // ── adjustments ──
  for (const u of district.units) {
    for (const a of u.adjustments ?? []) {
      await tx.adjustment.create({
        data: {
          periodId: a.period === '2025H2' ? prev.id : cur.id,
          unitId: unitIds.get(u.code)!,
          points: a.points,
          reason: a.reason,
          evidence: a.evidence ?? null,
          createdById: adminId,
        },
      });
    }
  }

  // ── the 2025H2 arena: finished, every unit spoke, every leader and judge scored ──
  const judgeIds = [...district.leaders, ...district.judges].map((p) => userId.get(p.username)!);
  const arena = await tx.arena.create({
    data: {
      periodId: prev.id,
      name: '2025年下半年部长擂台',
      state: 'finished',
      minutesPerSpeaker: 8,
      drawSeed: 'demo-2025H2',
      // prepared, drawn and held in January 2026: its own dates, not the day the demo was seeded
      createdAt: new Date('2026-01-20T10:00:00+08:00'),
      drawnAt: new Date('2026-01-25T09:00:00+08:00'),
      startedAt: new Date('2026-01-28T09:00:00+08:00'),
      finishedAt: new Date('2026-01-28T17:30:00+08:00'),
      updatedAt: new Date('2026-01-28T17:30:00+08:00'),
      judges: { create: judgeIds.map((id) => ({ userId: id })) },
    },
  });
  const order = [...district.units].sort((a, b) => prng('order' + a.code)() - prng('order' + b.code)());
  const scores: { arenaId: string; participantId: string; judgeId: string; criterionId: string; score: number; sheetId: string }[] = [];
  const sheets: { id: string; arenaId: string; participantId: string; judgeId: string; total: number; version: number; createdAt: Date; updatedAt: Date }[] =
    [];
  for (const [i, u] of order.entries()) {
    const closedAt = new Date(arena.startedAt!.getTime() + (i * 10 + 9) * 60_000);
    const p = await tx.arenaParticipant.create({
      data: {
        arenaId: arena.id,
        unitId: unitIds.get(u.code)!,
        order: i + 1,
        state: 'closed',
        startedAt: new Date(arena.startedAt!.getTime() + i * 10 * 60_000),
        closedAt,
      },
    });
    const rand = prng('panel' + u.code);
    for (const [ji, judgeId] of judgeIds.entries()) {
      const total = Math.min(99, Math.max(55, u.panel2025H2 + (rand() - 0.5) * 8));
      // one sheet per judge × speaker, its criterion rows hanging off it (as the live arena writes them)
      const sheet = {
        id: randomUUID(),
        arenaId: arena.id,
        participantId: p.id,
        judgeId,
        total: 0,
        version: 1,
        createdAt: new Date(closedAt.getTime() - (60 - ji) * 1000),
        updatedAt: new Date(closedAt.getTime() - (60 - ji) * 1000),
      };
      for (const c of prev.rubric) {
        const score = Math.min(c.maxScore, Math.max(0, round1((total * c.maxScore) / 100 + (rand() - 0.5) * 2)));
        scores.push({ arenaId: arena.id, participantId: p.id, judgeId, criterionId: c.id, score, sheetId: sheet.id });
        sheet.total += score;
      }
      sheet.total = round1(sheet.total);
      sheets.push(sheet);
    }
  }
  await tx.panelSheet.createMany({ data: sheets });
  await tx.panelScore.createMany({ data: scores });

  // ── the 2026H1 arena, prepared but not drawn: every unit speaks, every leader and judge scores ──
  await tx.arena.create({
    data: {
      periodId: cur.id,
      name: '2026年上半年部长擂台',
      state: 'prep',
      minutesPerSpeaker: 8,
      // planned for two weeks after the deadline, 09:00: its judges are reminded 30 minutes before (lib/notify)
      scheduledAt: new Date(`${new Date(deadline.getTime() + 8 * 3_600_000 + 14 * DAY).toISOString().slice(0, 10)}T09:00:00+08:00`),
      participants: { create: district.units.map((u, i) => ({ unitId: unitIds.get(u.code)!, order: i + 1 })) },
      judges: { create: judgeIds.map((id) => ({ userId: id })) },
    },
  });

  // ── enterprise-service ledger: every problem with its assisting units and the timeline of its steps ──
  const actorOf = (username: string) => {
    const id = userId.get(username);
    if (!id) throw new Error(`demo ledger: no user ${username}`);
    return { id, name: accounts.find((a) => a.user.id === id)!.user.name };
  };
  const problemRows = ledger.map(({ problem: p, history: h, code }) => ({ id: randomUUID(), p, h, code }));
  await tx.enterpriseProblem.createMany({
    data: problemRows.map(({ id, p, h, code }) => ({
      id,
      code,
      category: p.category,
      source: p.source,
      enterpriseName: p.enterpriseName,
      creditCode: p.creditCode ?? null,
      contactName: p.contactName ?? null,
      contactPhone: p.contactPhone ?? null,
      title: p.title,
      description: p.description,
      leadUnitId: unitIds.get(h.leadUnit)!,
      responsiblePerson: h.responsiblePerson,
      raisedAt: h.raisedAt,
      dueAt: h.dueAt,
      status: h.status,
      resolution: h.resolution,
      resolvedAt: h.resolvedAt,
      rating: h.rating,
      ratingNote: h.ratingNote,
      ratedAt: h.ratedAt,
      closedAt: h.closedAt,
      reopenCount: h.reopenCount,
      supervised: h.supervised,
      supervisedAt: h.supervisedAt,
      supervisionNote: h.supervisionNote,
      transferReason: h.transferReason,
      version: h.version,
      createdById: actorOf(h.createdBy).id,
      createdAt: h.raisedAt,
      updatedAt: h.updatedAt,
    })),
  });
  await tx.problemAssist.createMany({
    data: problemRows.flatMap(({ id, h }) => h.assistUnits.map((code) => ({ problemId: id, unitId: unitIds.get(code)! }))),
  });
  await tx.problemEvent.createMany({
    data: problemRows.flatMap(({ id, h }) =>
      h.events.map((e) => {
        const actor = actorOf(e.actor);
        return {
          problemId: id,
          kind: e.kind,
          fromStatus: e.fromStatus,
          toStatus: e.toStatus,
          note: e.note,
          data: e.data ? JSON.stringify(reassignData(e.data, unitIds)) : null,
          actorId: actor.id,
          actorName: actor.name,
          at: e.at,
        };
      }),
    ),
  });

  await seedEvidence(tx, cur.id, (id) => accounts.find((a) => a.user.id === id)?.user.name ?? 'system');

  // 2025年下半年 is published: its results are frozen as publication would freeze them
  const frozen = await computeForSnapshot(tx, prev.id);
  await tx.resultSnapshot.create({
    data: {
      periodId: prev.id,
      version: 1,
      kind: 'publish',
      inputHash: frozen.inputHash,
      data: JSON.parse(JSON.stringify(frozen.result)),
      createdById: adminId,
      createdAt: prev.publishedAt!,
    },
  });

  // ── reminders: channels configured but disabled, one user's email and digest ──
  await seedNotifyDemo(tx, { unitId: (code) => unitIds.get(code)!, userId: (username) => userId.get(username)! }, now);
  await seedNotifications(tx, { cur, prev, adminId, problems: problemRows.map(({ id, p, h, code }) => ({ id, code, title: p.title, h })), unitIds, now });

  const summary: SeedSummary = {
    groups: district.groups.length,
    units: district.units.length,
    users: accounts.length,
    periods: 2,
    indicators: indicatorCount,
    submissions: submissionCount,
    measures: measureCount,
    problems: problemRows.length,
  };
  // chained like every audit row (lib/audit/chain-store.ts)
  await appendAuditRow(tx, {
    chain: 'global',
    actorId: null,
    actorName: 'system',
    ip: null,
    action: 'seed.demo',
    entityType: 'database',
    entityId: null,
    after: { ...summary },
  });
  return summary;
}

/**
 * 佐证材料 (issue #13 item 4): small PDFs and a PNG made in code on the current period's submitted and approved values
 * that name their evidence, and the first three of those indicators marked 必传 (they have their file, so every demo
 * submission stays consistent with the submit rule).
 */
/**
 * The demo's reminders, made by the same rules and store as the app's (lib/notify): the 2025H2 results published
 * (read long ago), the returned 2026H1 submissions (unread, with the reviewer's comment), the judges put on the
 * 2026H1 arena, and 督办 on the supervised ledger problems (unread). The clock's reminders (overdue drafts) come from
 * the server's first scheduled run.
 */
async function seedNotifications(
  tx: Tx,
  d: {
    cur: { id: string; name: string };
    prev: { id: string; name: string; publishedAt: Date | null };
    adminId: string;
    problems: { id: string; code: string; title: string; h: ProblemHistory }[];
    unitIds: Map<string, string>;
    now: Date;
  },
) {
  const published = d.prev.publishedAt ?? d.now;
  await storeNotifications(tx, EVENT_RULES.resultsPublished({ period: d.prev }, published, notifyText), published);
  await tx.notification.updateMany({ where: { kind: 'results.published' }, data: { readAt: new Date(published.getTime() + 3_600_000) } });

  const returned = await tx.submission.findMany({ where: { periodId: d.cur.id, state: 'returned' }, include: { unit: true } });
  for (const s of returned) {
    const at = s.reviewedAt ?? d.now;
    const e = { submission: s, period: d.cur, unit: s.unit, comment: s.reviewComment ?? '' };
    await storeNotifications(tx, EVENT_RULES.submissionReturned(e, at, notifyText), at);
  }

  const arena = await tx.arena.findFirst({ where: { periodId: d.cur.id }, include: { judges: true } });
  if (arena) {
    const at = arena.createdAt;
    await storeNotifications(tx, EVENT_RULES.judgeAssigned({ arena, userIds: arena.judges.map((j) => j.userId) }, at, notifyText), at);
  }

  for (const p of d.problems) {
    if (!p.h.supervised || !p.h.supervisedAt) continue;
    const problem = {
      id: p.id,
      code: p.code,
      title: p.title,
      dueAt: p.h.dueAt,
      leadUnitId: d.unitIds.get(p.h.leadUnit)!,
      assistUnitIds: p.h.assistUnits.map((c) => d.unitIds.get(c)!),
    };
    await storeNotifications(tx, EVENT_RULES.problemSupervised({ problem, note: p.h.supervisionNote }, p.h.supervisedAt, notifyText), p.h.supervisedAt);
  }
}

async function seedEvidence(tx: Tx, periodId: string, nameOf: (userId: string) => string) {
  const values = await tx.indicatorValue.findMany({
    where: { evidence: { not: null }, submission: { periodId, state: { in: ['submitted', 'approved'] } } },
    include: { indicator: { select: { id: true, key: true, name: true, unitId: true, unit: { select: { code: true } } } }, submission: true },
    orderBy: [{ indicator: { unit: { sortOrder: 'asc' } } }, { indicator: { sortOrder: 'asc' } }],
    take: 12,
  });
  for (const [i, v] of values.entries()) {
    const png = i % 4 === 3;
    const bytes = png
      ? samplePng(240, 120, (x, y) => (y > 110 - ((x * 7 + i * 13) % 90) && x % 40 < 28 ? [37, 99, 235] : [248, 250, 252]))
      : samplePdf([
          `Leitai demo evidence - ${v.indicator.unit.code} / ${v.indicator.key}`,
          `Indicator: ${v.indicator.key}`,
          `Reported actual: ${v.actual ?? '-'}`,
          'Source: district statistics bureau quick report',
        ]);
    const sha256 = await demoBlob(tx, bytes, png ? 'image/png' : 'application/pdf');
    const uploader = v.submission.submittedById!;
    await tx.evidenceFile.create({
      data: {
        blobSha256: sha256,
        fileName: sanitizeFileName(png ? `${v.evidence}（现场照片）` : v.evidence!, png ? 'png' : 'pdf'),
        periodId,
        unitId: v.indicator.unitId,
        submissionId: v.submissionId,
        submissionVersion: v.submission.version - 1,
        indicatorId: v.indicator.id,
        uploadedById: uploader,
        uploadedByName: nameOf(uploader),
        createdAt: new Date((v.submission.submittedAt ?? new Date()).getTime() - 3_600_000),
      },
    });
  }
  const required = [...new Set(values.map((v) => v.indicator.id))].slice(0, 3);
  await tx.indicator.updateMany({ where: { id: { in: required } }, data: { evidenceRequired: true } });

  // a few rectification measures with their proof, for the 整改清单 board
  const measures = await tx.measure.findMany({
    where: { periodId, submission: { state: { in: ['submitted', 'approved'] } } },
    include: { submission: true, unit: { select: { code: true } } },
    orderBy: [{ unit: { sortOrder: 'asc' } }, { sortOrder: 'asc' }],
    take: 4,
  });
  const names = ['整改推进会议纪要', '整改措施落实情况台账', '问题整改前后对比照片', '整改工作专题报告'];
  for (const [i, m] of measures.entries()) {
    const png = i === 2;
    const bytes = png
      ? samplePng(200, 120, (x, y) => (x < 100 ? [226 - (y % 30), 232, 240] : [37, 99 + (y % 40), 235]))
      : samplePdf([`Leitai demo measure evidence - ${m.unit.code}`, `Measure ${i + 1}`, 'Minutes of the rectification meeting']);
    const sha256 = await demoBlob(tx, bytes, png ? 'image/png' : 'application/pdf');
    const uploader = m.submission!.submittedById!;
    await tx.evidenceFile.create({
      data: {
        blobSha256: sha256,
        fileName: sanitizeFileName(names[i]!, png ? 'png' : 'pdf'),
        periodId,
        unitId: m.unitId,
        submissionId: m.submissionId,
        submissionVersion: m.submission!.version - 1,
        measureId: m.id,
        uploadedById: uploader,
        uploadedByName: nameOf(uploader),
        createdAt: new Date((m.submission!.submittedAt ?? new Date()).getTime() - 3_600_000),
      },
    });
  }
}

/** A demo file's bytes stored once (one chunk: demo files are small); returns its hash. */
async function demoBlob(tx: Tx, bytes: Buffer, mime: string): Promise<string> {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  await tx.evidenceBlob.upsert({
    where: { sha256 },
    create: { sha256, size: bytes.length, mime, chunks: { create: [{ seq: 0, bytes: new Uint8Array(bytes) }] } },
    update: {},
  });
  return sha256;
}

/** Unit codes in a step's data become the unit ids the app stores. */
function reassignData(data: Record<string, unknown>, unitIds: Map<string, string>): Record<string, unknown> {
  if (!('toLeadUnit' in data)) return data;
  const { fromLeadUnit, toLeadUnit, assistUnits, ...rest } = data as { fromLeadUnit: string; toLeadUnit: string; assistUnits: string[] };
  return {
    ...rest,
    fromLeadUnitId: unitIds.get(fromLeadUnit),
    toLeadUnitId: unitIds.get(toLeadUnit),
    assistUnitIds: assistUnits.map((c) => unitIds.get(c)),
  };
}

async function main() {
  if (process.env.LEITAI_DEMO === '0') {
    console.log('seed: LEITAI_DEMO=0, no demo data');
    return;
  }
  const url = databaseUrl();
  const db = await createClient(url);
  try {
    if ((await db.unit.count()) > 0 || (await db.user.count()) > 0) {
      console.log(`seed: ${redactUrl(url)} already holds data, left as it is`);
      return;
    }
    const started = performance.now();
    const summary = await seedDemo(db);
    console.log(`seed: demo district created in ${Math.round(performance.now() - started)} ms`, summary);
  } finally {
    await db.$disconnect();
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  main().then(
    () => process.exit(0),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
