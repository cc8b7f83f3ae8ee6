// A period's scoring input read from the database, and the period's results: the frozen snapshot once
// published, otherwise computed by lib/scoring and cached until the data they depend on changes.
// What counts outside a unit (DESIGN §4): only submitted and approved submissions; a unit whose submission is
// missing, a draft or returned counts as 未填报. The unit itself sees its draft through draftPreview.
// (No 'server-only' marker: the seed script freezes the demo's published period through it.)
import { dataVersions, periodScope, versionOf } from '../db/data-version';
import type { Tx } from '../db/client';
import type { Direction, Method } from '../domain/enums';
import { createHash } from 'node:crypto';
import { scorePeriod, type IndicatorLedger, type ReportState, type ScoringInput, type ScoringResult, type UnitResult } from '../scoring';

export interface ScoringInputOptions {
  /** also count this unit's draft or returned submission (its own 草稿预览); default: the public view */
  draftOf?: string | null;
  /** actuals to use instead of the stored ones, by indicator id (the draft's ledger-fed actuals computed now) */
  actuals?: ReadonlyMap<string, number | null>;
}

/** A submission's state as the public ranking sees it. */
export function reportStateOf(state: string | null | undefined): ReportState {
  return state === 'approved' ? 'approved' : state === 'submitted' ? 'submitted' : 'unreported';
}

/**
 * Everything lib/scoring needs for one period, straight from the rows. `previous` is filled by the caller.
 * By default the public view: actuals count only for units whose submission is submitted or approved.
 */
export async function loadScoringInput(db: Tx, periodId: string, options: ScoringInputOptions = {}): Promise<ScoringInput> {
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
  const submissions = await db.submission.findMany({ where: { periodId }, select: { unitId: true, state: true } });
  const stateOf = new Map(submissions.map((s) => [s.unitId, reportStateOf(s.state)]));
  const counts = (unitId: string) => unitId === options.draftOf || (stateOf.get(unitId) ?? 'unreported') !== 'unreported';
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
    units: units.map((u) => ({ ...u, reportState: stateOf.get(u.id) ?? 'unreported' })),
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
      actual: counts(i.unitId) ? (options.actuals?.has(i.id) ? options.actuals.get(i.id)! : (i.value?.actual ?? null)) : null,
    })),
    rubric,
    judges: dedupe(judges.map((j) => ({ id: j.userId, unitId: j.user.unitId }))),
    panelScores: scores.map((s) => ({ unitId: s.participant.unitId, judgeId: s.judgeId, criterionId: s.criterionId, score: s.score })),
    adjustments,
  };
}

// ───── ledger-fed indicators (DESIGN §8): the figure and the numerator / denominator each actual was computed from,
// carried on the indicator's result (and so in a published snapshot) — a report card explains it without live data.

type Derivation = IndicatorLedger & { unitId: string };

/** The stored derivations of a period's ledger-fed indicators (frozen when each unit submitted), by indicator id. */
async function storedDerivations(db: Tx, periodId: string): Promise<Map<string, Derivation>> {
  const rows = await db.indicator.findMany({
    where: { periodId, ledgerFigure: { not: null } },
    select: { id: true, unitId: true, ledgerFigure: true, value: { select: { ledgerNumerator: true, ledgerDenominator: true } } },
  });
  return new Map(
    rows.map((r) => [
      r.id,
      { unitId: r.unitId, figure: r.ledgerFigure!, numerator: r.value?.ledgerNumerator ?? null, denominator: r.value?.ledgerDenominator ?? null },
    ]),
  );
}

/** Put each derivation on its indicator's result; a unit whose actuals do not count shows the source only. */
function attachLedger(result: ScoringResult, derivations: ReadonlyMap<string, Derivation>, counted: (unitId: string, reportState?: ReportState) => boolean) {
  if (derivations.size === 0) return;
  const units = new Set([...derivations.values()].map((d) => d.unitId));
  for (const u of result.units) {
    // only the units that hold one: the other breakdowns stay unbuilt (lib/scoring/lazy.ts)
    if (!units.has(u.unitId)) continue;
    const shown = counted(u.unitId, u.reportState);
    for (const ind of u.indicators) {
      const d = derivations.get(ind.indicatorId);
      if (d) ind.ledger = { figure: d.figure, numerator: shown ? d.numerator : null, denominator: shown ? d.denominator : null };
    }
  }
}

const publicCount = (_unitId: string, state?: ReportState) => state !== 'unreported';

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

// ───── cache: one entry per (period, with or without its previous period), valid while the data versions it
// depends on stand still — the global one, the period's and its previous period's (lib/db/data-version.ts).
// Computed once per version and shared by every viewer; concurrent requests for a stale entry wait for one computation.

interface CacheEntry {
  stamp: string;
  value: Promise<PeriodResults>;
}
const g = globalThis as unknown as { leitaiResults?: Map<string, CacheEntry>; leitaiPrevious?: Map<string, { global: string; prevId: string | null }> };
const cache = (g.leitaiResults ??= new Map());
/** the previous period of each period, while the global version (periods are global data) stands still */
const previousIds = (g.leitaiPrevious ??= new Map());

/** Drop every cached result (tests). */
export function clearResultsCache(): void {
  cache.clear();
  previousIds.clear();
}

export interface PeriodResultsOptions {
  /** compare ranks with the previous period (rank-change arrows); default true */
  withPrevious?: boolean;
}

/** Results of a period: the latest published snapshot if there is one, otherwise computed (with rank change against the previous period). */
export async function getPeriodResults(db: Tx, periodId: string, options: PeriodResultsOptions = {}): Promise<PeriodResults> {
  const withPrevious = options.withPrevious ?? true;
  // the versions are read before anything else: a write committing meanwhile leaves this entry already stale
  const versions = await dataVersions(db);
  const global = versionOf(versions, 'global');
  let prevId: string | null = null;
  if (withPrevious) {
    const known = previousIds.get(periodId);
    if (known && known.global === global) prevId = known.prevId;
    else {
      prevId = (await previousPeriod(db, periodId))?.id ?? null;
      previousIds.set(periodId, { global, prevId });
    }
  }
  // the key names everything the result depends on: the period, whether ranks were compared, and with which period
  const key = `${periodId}|${withPrevious ? `prev:${prevId ?? '-'}` : 'alone'}`;
  const stamp = [global, versionOf(versions, periodScope(periodId)), prevId ? versionOf(versions, periodScope(prevId)) : ''].join('|');
  const hit = cache.get(key);
  if (hit && hit.stamp === stamp) return hit.value;
  const value = computeResults(db, periodId, prevId);
  cache.set(key, { stamp, value });
  value.catch(() => {
    if (cache.get(key)?.value === value) cache.delete(key);
  });
  return value;
}

async function computeResults(db: Tx, periodId: string, prevId: string | null): Promise<PeriodResults> {
  const snap = await db.resultSnapshot.findFirst({ where: { periodId }, orderBy: { version: 'desc' } });
  if (snap) {
    return {
      periodId,
      result: snap.data as unknown as ScoringResult,
      snapshot: { version: snap.version, kind: snap.kind, reason: snap.reason, createdAt: snap.createdAt, inputHash: snap.inputHash },
      computedAt: snap.createdAt,
    };
  }
  const input = await loadScoringInput(db, periodId);
  // the previous period's ranks do not depend on its own previous period: computed alone
  if (prevId) input.previous = (await getPeriodResults(db, prevId, { withPrevious: false })).result;
  const result = scorePeriod(input);
  attachLedger(result, await storedDerivations(db, periodId), publicCount);
  return { periodId, result, snapshot: null, computedAt: new Date() };
}

export interface DraftPreview {
  /** the unit as it would stand with its draft counted */
  unit: UnitResult;
  overallCount: number;
  groupCount: number;
}

/**
 * 草稿预览: the period scored with this unit's own draft (or returned submission) counted, every other unit as the
 * public sees it. Only for the unit's own users; never cached, never shown outside the unit.
 */
export async function draftPreview(db: Tx, periodId: string, unitId: string, now: Date = new Date()): Promise<DraftPreview | null> {
  // the draft's ledger-fed actuals as they would be taken now (imported here only: the seed script loads this module)
  const { liveLedgerActuals } = await import('../problems/ledger-indicators.server');
  const live = await liveLedgerActuals(db, periodId, unitId, now);
  const input = await loadScoringInput(db, periodId, { draftOf: unitId, actuals: new Map([...live].map(([id, a]) => [id, a.value])) });
  const prev = await previousPeriod(db, periodId);
  if (prev) input.previous = (await getPeriodResults(db, prev.id, { withPrevious: false })).result;
  const result = scorePeriod(input);
  const derivations = await storedDerivations(db, periodId);
  for (const [id, a] of live) derivations.set(id, { unitId, figure: a.figure, numerator: a.numerator, denominator: a.denominator });
  attachLedger(result, derivations, (u, state) => u === unitId || state !== 'unreported');
  const unit = result.units.find((u) => u.unitId === unitId);
  if (!unit) return null;
  return {
    unit,
    overallCount: result.units.length,
    groupCount: result.groups.find((g) => g.groupId === unit.groupId)?.unitIds.length ?? 0,
  };
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
  if (prev) input.previous = (await getPeriodResults(db, prev.id, { withPrevious: false })).result;
  const result = scorePeriod(input);
  attachLedger(result, await storedDerivations(db, periodId), publicCount);
  return { result, inputHash: inputHash(input) };
}
