// Setup services for periods: create from the previous one, state transitions with named blockers, settings and rubric.
import 'server-only';
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { ActionContext } from '../actions/define-action.server';
import { DomainError } from '../actions/result';
import type { Db, Tx } from '../db/client';
import { rubricLocked } from '../arena/queries.server';
import { RUBRIC_EDIT_STATES } from '../arena/rules';
import { PERIOD_STATES, type PeriodState } from '../domain/enums';
import { checkTransition, PERIOD_TRANSITIONS, type Blocker, type TransitionFacts } from '../domain/period-state';
import { periodSettingsSchema } from '../domain/schemas';
import { assertSetupManager, isUniqueViolation } from './access';
import { addCriterionInput, createPeriodInput, idInput, settingsInput, transitionInput, updateCriterionInput } from './schemas';
import { fieldErrorsFrom, issueKey, parseInput } from './validate';

export const DEFAULT_RUBRIC = [
  { name: '实绩成效', maxScore: 40 },
  { name: '差距剖析', maxScore: 30 },
  { name: '思路举措', maxScore: 30 },
] as const;

/** 序时进度 by half: by the end of the first half half the year's target is due; by the end of the second, all of it. */
export const defaultTimeProgress = (half: number) => (half === 1 ? 0.5 : 1);

/** Settings and the deadline may change until results are published. */
export const SETTINGS_STATES: readonly string[] = ['draft', 'open', 'review', 'arena'];
/** Period states in which the rubric may change (the arena's rule; the period page greys it out otherwise). */
export const RUBRIC_STATES = RUBRIC_EDIT_STATES;

const periodRow = {
  id: true,
  name: true,
  year: true,
  half: true,
  state: true,
  deadline: true,
  alpha: true,
  beta: true,
  bonusCap: true,
  greenThreshold: true,
  yellowThreshold: true,
  timeProgress: true,
  defaultCap: true,
  rankFloor: true,
  openedAt: true,
} as const;

const asState = (s: string): PeriodState => ((PERIOD_STATES as readonly string[]).includes(s) ? (s as PeriodState) : 'draft');

// ───────────── facts and blockers ─────────────

const hasValidTarget = (t: number | null) => t !== null && t > 0;

/** Plain facts about a period for checkTransition: active units, their indicators and the rubric. */
export async function transitionFacts(db: Db | Tx, periodId: string, now: Date): Promise<TransitionFacts> {
  const period = await db.period.findUniqueOrThrow({ where: { id: periodId }, select: { deadline: true, _count: { select: { rubric: true } } } });
  const units = await db.unit.findMany({
    where: { active: true },
    orderBy: [{ sortOrder: 'asc' }, { name: 'asc' }],
    select: {
      name: true,
      indicators: {
        where: { periodId },
        orderBy: [{ sortOrder: 'asc' }, { createdAt: 'asc' }],
        select: { name: true, direction: true, weight: true, annualTarget: true, halfTarget: true, plannedPercent: true },
      },
    },
  });
  const facts: TransitionFacts = {
    hasDeadline: period.deadline !== null,
    deadlinePassed: period.deadline !== null && period.deadline.getTime() <= now.getTime(),
    units: [],
    indicatorsWithoutTarget: [],
    milestonesWithoutPlan: [],
    rubricCriteria: period._count.rubric,
    resultsReady: false,
  };
  for (const u of units) {
    facts.units.push({ unitName: u.name, indicatorCount: u.indicators.length, weightSum: u.indicators.reduce((a, i) => a + i.weight, 0) });
    for (const i of u.indicators) {
      const ref = { unitName: u.name, indicatorName: i.name };
      if (i.direction === 'milestone') {
        if (i.plannedPercent === null || i.plannedPercent <= 0 || i.plannedPercent > 100) facts.milestonesWithoutPlan.push(ref);
      } else {
        const annualOk = i.annualTarget === null || i.annualTarget > 0;
        const halfOk = i.halfTarget === null || i.halfTarget > 0;
        if (!(hasValidTarget(i.annualTarget) || hasValidTarget(i.halfTarget)) || !annualOk || !halfOk) facts.indicatorsWithoutTarget.push(ref);
      }
    }
  }
  return facts;
}

/** For the period page: every next state with what blocks it now. */
export async function transitionOptions(db: Db, periodId: string, state: string, now: Date) {
  const facts = await transitionFacts(db, periodId, now);
  const from = asState(state);
  return PERIOD_TRANSITIONS[from].map((to) => ({ to, ...checkTransition(from, to, facts) }));
}

// ───────────── create ─────────────

export interface CreatedPeriod {
  id: string;
  units: number;
  indicators: number;
  halfTargetsCleared: number;
}

/**
 * A new period in state draft. With a source period: its scoring settings, rubric and every active
 * unit's indicator set (with pillars) are copied. 序时进度 follows the new half (0.5 / 1); a half-year
 * target is cleared when the indicator also has an annual target (the old half's target would be
 * wrong for the new half; the annual target × 序时进度 takes over). Without a source: defaults.
 */
export async function createPeriod(ctx: ActionContext, input: z.input<typeof createPeriodInput>): Promise<CreatedPeriod> {
  assertSetupManager(ctx.user);
  const p = parseInput(createPeriodInput, input);
  const exists = () => new DomainError('periodExists', { name: p.name }, { half: ['periodExists'] });
  try {
    return await ctx.db.$transaction(
      async (tx) => {
        if (await tx.period.findUnique({ where: { year_half: { year: p.year, half: p.half } } })) throw exists();
        const source = p.sourcePeriodId
          ? await tx.period.findUnique({ where: { id: p.sourcePeriodId }, include: { rubric: { orderBy: { sortOrder: 'asc' } } } })
          : null;
        if (p.sourcePeriodId && !source) throw new DomainError('notFound');
        const periodId = randomUUID();
        await tx.period.create({
          data: {
            id: periodId,
            name: p.name,
            year: p.year,
            half: p.half,
            state: 'draft',
            deadline: null,
            timeProgress: defaultTimeProgress(p.half),
            ...(source
              ? {
                  alpha: source.alpha,
                  beta: source.beta,
                  bonusCap: source.bonusCap,
                  greenThreshold: source.greenThreshold,
                  yellowThreshold: source.yellowThreshold,
                  defaultCap: source.defaultCap,
                  rankFloor: source.rankFloor,
                }
              : {}),
          },
        });
        const rubric = source && source.rubric.length > 0 ? source.rubric.map((r) => ({ name: r.name, maxScore: r.maxScore })) : DEFAULT_RUBRIC;
        await tx.rubricCriterion.createMany({ data: rubric.map((r, i) => ({ periodId, name: r.name, maxScore: r.maxScore, sortOrder: i })) });

        let indicators = 0;
        let halfTargetsCleared = 0;
        const unitIds = new Set<string>();
        if (source) {
          const rows = await tx.indicator.findMany({
            where: { periodId: source.id, unit: { active: true } },
            orderBy: [{ unitId: 'asc' }, { sortOrder: 'asc' }, { createdAt: 'asc' }],
            include: { pillars: { select: { pillarId: true } } },
          });
          const links: { indicatorId: string; pillarId: string }[] = [];
          const data = rows.map((r) => {
            const id = randomUUID();
            unitIds.add(r.unitId);
            for (const l of r.pillars) links.push({ indicatorId: id, pillarId: l.pillarId });
            const clearHalf = r.direction !== 'milestone' && r.halfTarget !== null && r.annualTarget !== null && r.annualTarget > 0;
            if (clearHalf) halfTargetsCleared++;
            return {
              id,
              periodId,
              unitId: r.unitId,
              key: r.key,
              name: r.name,
              category: r.category,
              measureUnit: r.measureUnit,
              direction: r.direction,
              annualTarget: r.annualTarget,
              halfTarget: clearHalf ? null : r.halfTarget,
              plannedPercent: r.plannedPercent,
              weight: r.weight,
              method: r.method,
              cap: r.cap,
              dataSource: r.dataSource,
              ledgerFigure: r.ledgerFigure,
              evidenceRequired: r.evidenceRequired,
              sortOrder: r.sortOrder,
            };
          });
          if (data.length) await tx.indicator.createMany({ data });
          if (links.length) await tx.indicatorPillar.createMany({ data: links });
          indicators = data.length;
        }
        const after = await tx.period.findUniqueOrThrow({ where: { id: periodId }, select: periodRow });
        await ctx.audit(tx, {
          action: 'setup.create_period',
          entityType: 'period',
          entityId: periodId,
          after: { ...after, source: source ? { id: source.id, name: source.name } : null, rubric, units: unitIds.size, indicators, halfTargetsCleared },
        });
        return { id: periodId, units: unitIds.size, indicators, halfTargetsCleared };
      },
      { timeout: 60_000, maxWait: 15_000 },
    );
  } catch (err) {
    if (isUniqueViolation(err)) throw exists();
    throw err;
  }
}

// ───────────── transitions ─────────────

/** A refused transition: `blockers` name what stands in the way (the action shows the count; the page the list). */
export class TransitionBlockedError extends DomainError {
  constructor(readonly blockers: Blocker[]) {
    super('transitionBlocked', { count: blockers.length });
  }
}

/** Move a period to `to` if the state machine allows it and nothing blocks it; refusals list the blockers. */
export async function transitionPeriod(ctx: ActionContext, input: z.input<typeof transitionInput>) {
  assertSetupManager(ctx.user);
  const { periodId, to } = parseInput(transitionInput, input);
  return ctx.db.$transaction(async (tx) => {
    const before = await tx.period.findUnique({ where: { id: periodId }, select: periodRow });
    if (!before) throw new DomainError('notFound');
    const from = asState(before.state);
    const check = checkTransition(from, to, await transitionFacts(tx, periodId, ctx.now));
    if (!check.ok) {
      // the period page lists the same blockers (transitionOptions); the refusal says how many
      throw new TransitionBlockedError(check.blockers);
    }
    // the state we read must still be the state we change (two admins clicking at once)
    const moved = await tx.period.updateMany({
      where: { id: periodId, state: from },
      data: {
        state: to,
        ...(to === 'open' && before.openedAt === null ? { openedAt: ctx.now } : {}),
        ...(to === 'published' ? { publishedAt: ctx.now } : {}),
      },
    });
    if (moved.count !== 1) throw new DomainError('staleState');
    const after = await tx.period.findUniqueOrThrow({ where: { id: periodId }, select: periodRow });
    await ctx.audit(tx, {
      action: 'setup.transition_period',
      entityType: 'period',
      entityId: periodId,
      before: { state: before.state, openedAt: before.openedAt },
      after: { state: after.state, openedAt: after.openedAt },
    });
    return { id: periodId, state: to };
  });
}

// ───────────── settings ─────────────

/** Deadline, α/β, bonus cap, light thresholds, 序时进度, default cap and rank floor (periodSettingsSchema). */
export async function updatePeriodSettings(ctx: ActionContext, input: z.input<typeof settingsInput>) {
  assertSetupManager(ctx.user);
  const raw = parseInput(settingsInput, input);
  const { periodId, deadline, ...values } = raw;
  const parsed = periodSettingsSchema.safeParse(values, { error: issueKey });
  if (!parsed.success) throw new DomainError('invalidInput', undefined, fieldErrorsFrom(parsed.error));
  const s = parsed.data;
  return ctx.db.$transaction(async (tx) => {
    const before = await tx.period.findUnique({ where: { id: periodId }, select: periodRow });
    if (!before) throw new DomainError('notFound');
    if (!SETTINGS_STATES.includes(before.state)) throw new DomainError('periodLocked', { state: before.state });
    if (before.state === 'open' && deadline === null) throw new DomainError('invalidInput', undefined, { deadlineDate: ['required'] });
    const after = await tx.period.update({ where: { id: periodId }, data: { deadline, ...s }, select: periodRow });
    const { id: _b, name: _bn, year: _by, half: _bh, state: _bs, openedAt: _bo, ...beforeSettings } = before;
    const { id: _a, name: _an, year: _ay, half: _ah, state: _as, openedAt: _ao, ...afterSettings } = after;
    await ctx.audit(tx, { action: 'setup.update_settings', entityType: 'period', entityId: periodId, before: beforeSettings, after: afterSettings });
    return { id: periodId };
  });
}

// ───────────── rubric ─────────────

async function rubricPeriod(tx: Tx, periodId: string) {
  const period = await tx.period.findUnique({ where: { id: periodId }, select: { id: true, state: true } });
  if (!period) throw new DomainError('notFound');
  // judges score against it: the arena's rule (lib/arena/rules.ts) says when it is fixed
  if (await rubricLocked(tx, periodId, period.state)) throw new DomainError('rubricLocked');
  return period;
}

export async function addCriterion(ctx: ActionContext, input: z.input<typeof addCriterionInput>) {
  assertSetupManager(ctx.user);
  const c = parseInput(addCriterionInput, input);
  return ctx.db.$transaction(async (tx) => {
    await rubricPeriod(tx, c.periodId);
    if (await tx.rubricCriterion.findFirst({ where: { periodId: c.periodId, name: c.name } }))
      throw new DomainError('criterionNameTaken', undefined, { name: ['criterionNameTaken'] });
    const last = await tx.rubricCriterion.aggregate({ where: { periodId: c.periodId }, _max: { sortOrder: true } });
    const row = await tx.rubricCriterion.create({
      data: { periodId: c.periodId, name: c.name, maxScore: c.maxScore, sortOrder: (last._max.sortOrder ?? -1) + 1 },
      select: { id: true, periodId: true, name: true, maxScore: true, sortOrder: true },
    });
    await ctx.audit(tx, { action: 'setup.create_criterion', entityType: 'rubric_criterion', entityId: row.id, after: row });
    return { id: row.id };
  });
}

export async function updateCriterion(ctx: ActionContext, input: z.input<typeof updateCriterionInput>) {
  assertSetupManager(ctx.user);
  const c = parseInput(updateCriterionInput, input);
  return ctx.db.$transaction(async (tx) => {
    const before = await tx.rubricCriterion.findUnique({
      where: { id: c.id },
      select: { id: true, periodId: true, name: true, maxScore: true, sortOrder: true },
    });
    if (!before) throw new DomainError('notFound');
    await rubricPeriod(tx, before.periodId);
    const clash = await tx.rubricCriterion.findFirst({ where: { periodId: before.periodId, name: c.name, NOT: { id: c.id } } });
    if (clash) throw new DomainError('criterionNameTaken', undefined, { name: ['criterionNameTaken'] });
    const after = await tx.rubricCriterion.update({
      where: { id: c.id },
      data: { name: c.name, maxScore: c.maxScore },
      select: { id: true, periodId: true, name: true, maxScore: true, sortOrder: true },
    });
    await ctx.audit(tx, { action: 'setup.update_criterion', entityType: 'rubric_criterion', entityId: c.id, before, after });
    return { id: c.id };
  });
}

export async function removeCriterion(ctx: ActionContext, input: z.input<typeof idInput>) {
  assertSetupManager(ctx.user);
  const { id } = parseInput(idInput, input);
  return ctx.db.$transaction(async (tx) => {
    const before = await tx.rubricCriterion.findUnique({
      where: { id },
      select: { id: true, periodId: true, name: true, maxScore: true, sortOrder: true, _count: { select: { scores: true } } },
    });
    if (!before) throw new DomainError('notFound');
    await rubricPeriod(tx, before.periodId);
    if (before._count.scores > 0) throw new DomainError('criterionInUse');
    await tx.rubricCriterion.delete({ where: { id } });
    const { _count, ...row } = before;
    await ctx.audit(tx, { action: 'setup.delete_criterion', entityType: 'rubric_criterion', entityId: id, before: row });
    return { id };
  });
}
