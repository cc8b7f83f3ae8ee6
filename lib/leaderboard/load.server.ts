// A period's scoring input read from the database, and the period's results: the frozen snapshot once
// published, otherwise computed by lib/scoring and cached until the data changes.
// (No 'server-only' marker: the seed script freezes the demo's published period through it.)
import { dataVersion } from '../db/data-version';
import type { Tx } from '../db/client';
import type { Direction, Method } from '../domain/enums';
import { createHash } from 'node:crypto';
import { scorePeriod, type ScoringInput, type ScoringResult } from '../scoring';

/** Everything lib/scoring needs for one period, straight from the rows. `previous` is filled by the caller. */
export async function loadScoringInput(db: Tx, periodId: string): Promise<ScoringInput> {
  // one query after another: a transaction (closing an arena speaker scores inside one) has a single connection
  const period = await db.period.findUniqueOrThrow({ where: { id: periodId } });
  const groups = await db.contestGroup.findMany({ select: { id: true, name: true, sortOrder: true } });
  const indicators = await db.indicator.findMany({
    where: { periodId },
    orderBy: [{ unitId: 'asc' }, { sortOrder: 'asc' }],
    select: {
      id: true,
      unitId: true,
      key: true,
      name: true,
      direction: true,
      method: true,
      annualTarget: true,
      halfTarget: true,
      plannedPercent: true,
      weight: true,
      cap: true,
      sortOrder: true,
      value: { select: { actual: true } },
    },
  });
  const rubric = await db.rubricCriterion.findMany({ where: { periodId }, select: { id: true, maxScore: true, sortOrder: true } });
  const judges = await db.arenaJudge.findMany({ where: { arena: { periodId } }, select: { userId: true, user: { select: { unitId: true } } } });
  // a speaker's panel score counts once the host has closed scoring for them
  const scores = await db.panelScore.findMany({
    where: { arena: { periodId }, participant: { state: 'closed' } },
    select: { judgeId: true, criterionId: true, score: true, participant: { select: { unitId: true } } },
  });
  const adjustments = await db.adjustment.findMany({ where: { periodId }, select: { id: true, unitId: true, points: true, reason: true } });
  const unitIds = [...new Set(indicators.map((i) => i.unitId))];
  const units = await db.unit.findMany({ where: { id: { in: unitIds } }, select: { id: true, name: true, code: true, groupId: true, sortOrder: true } });
  return {
    settings: {
      alpha: period.alpha,
      beta: period.beta,
      bonusCap: period.bonusCap,
      greenThreshold: period.greenThreshold,
      yellowThreshold: period.yellowThreshold,
      timeProgress: period.timeProgress,
      defaultCap: period.defaultCap,
      rankFloor: period.rankFloor,
    },
    groups,
    units,
    indicators: indicators.map((i) => ({
      id: i.id,
      unitId: i.unitId,
      key: i.key,
      name: i.name,
      direction: i.direction as Direction,
      method: i.method as Method,
      annualTarget: i.annualTarget,
      halfTarget: i.halfTarget,
      plannedPercent: i.plannedPercent,
      weight: i.weight,
      cap: i.cap,
      sortOrder: i.sortOrder,
      actual: i.value?.actual ?? null,
    })),
    rubric,
    judges: dedupe(judges.map((j) => ({ id: j.userId, unitId: j.user.unitId }))),
    panelScores: scores.map((s) => ({ unitId: s.participant.unitId, judgeId: s.judgeId, criterionId: s.criterionId, score: s.score })),
    adjustments,
  };
}

function dedupe<T extends { id: string }>(rows: T[]): T[] {
  return [...new Map(rows.map((r) => [r.id, r])).values()];
}

export interface PeriodResults {
  periodId: string;
  result: ScoringResult;
  /** the stored snapshot this came from, when the period is published */
  snapshot: { version: number; kind: string; reason: string | null; createdAt: Date; inputHash: string } | null;
  computedAt: Date;
}

/** The period before `periodId` (by year and half), if any. */
export async function previousPeriod(db: Tx, periodId: string) {
  const p = await db.period.findUniqueOrThrow({ where: { id: periodId }, select: { year: true, half: true } });
  return db.period.findFirst({
    where: { OR: [{ year: { lt: p.year } }, { year: p.year, half: { lt: p.half } }] },
    orderBy: [{ year: 'desc' }, { half: 'desc' }],
  });
}

// ───── cache: results are recomputed only when something was written since (every write leaves an audit row) ─────

interface CacheEntry {
  stamp: string;
  value: PeriodResults;
}
const g = globalThis as unknown as { leitaiResults?: Map<string, CacheEntry> };
const cache = (g.leitaiResults ??= new Map());

/** Results of a period: the latest published snapshot if there is one, otherwise computed (with rank change against the previous period). */
export async function getPeriodResults(db: Tx, periodId: string, depth = 0): Promise<PeriodResults> {
  const stamp = await dataVersion(db);
  const hit = cache.get(periodId);
  if (hit && hit.stamp === stamp) return hit.value;

  const snap = await db.resultSnapshot.findFirst({ where: { periodId }, orderBy: { version: 'desc' } });
  let value: PeriodResults;
  if (snap) {
    value = {
      periodId,
      result: snap.data as unknown as ScoringResult,
      snapshot: { version: snap.version, kind: snap.kind, reason: snap.reason, createdAt: snap.createdAt, inputHash: snap.inputHash },
      computedAt: snap.createdAt,
    };
  } else {
    const input = await loadScoringInput(db, periodId);
    const prev = depth === 0 ? await previousPeriod(db, periodId) : null;
    if (prev) input.previous = (await getPeriodResults(db, prev.id, depth + 1)).result;
    value = { periodId, result: scorePeriod(input), snapshot: null, computedAt: new Date() };
  }
  cache.set(periodId, { stamp, value });
  return value;
}

/** Hash of everything the results were computed from, stored with a snapshot so anyone can check it later. */
export function inputHash(input: ScoringInput): string {
  const { previous, ...rest } = input;
  const canonical = JSON.stringify(rest, (_k, v: unknown) => (v instanceof Date ? v.toISOString() : v));
  const prevPart =
    previous && 'units' in (previous as object)
      ? JSON.stringify((previous as ScoringResult).units.map((u) => [u.unitId, u.groupId, u.groupRank, u.overallRank]))
      : '';
  return createHash('sha256').update(canonical).update(prevPart).digest('hex');
}

/** Compute a period's results now, with the input hash a snapshot stores. */
export async function computeForSnapshot(db: Tx, periodId: string): Promise<{ result: ScoringResult; inputHash: string }> {
  const input = await loadScoringInput(db, periodId);
  const prev = await previousPeriod(db, periodId);
  if (prev) input.previous = (await getPeriodResults(db, prev.id, 1)).result;
  return { result: scorePeriod(input), inputHash: inputHash(input) };
}
