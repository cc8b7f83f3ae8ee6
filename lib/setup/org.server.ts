// Setup services for the organisation: contest groups, units and strategy pillars (admin only, audited in the same transaction).
import 'server-only';
import type { z } from 'zod';
import type { ActionContext } from '../actions/define-action.server';
import { DomainError } from '../actions/result';
import type { Tx } from '../db/client';
import { assertSetupManager, isUniqueViolation } from './access';
import { groupInput, groupUpdateInput, idInput, pillarInput, pillarUpdateInput, unitInput, unitUpdateInput } from './schemas';
import { fieldError, parseInput } from './validate';

const orNull = (s: string | undefined | null) => (s && s.trim() !== '' ? s.trim() : null);

/** Run `fn` in a transaction, turning a unique-constraint race into the friendly refusal. */
async function inTx<T>(ctx: ActionContext, fn: (tx: Tx) => Promise<T>, onUnique: () => DomainError): Promise<T> {
  try {
    return await ctx.db.$transaction(fn);
  } catch (err) {
    if (isUniqueViolation(err)) throw onUnique();
    throw err;
  }
}

// ───────────── contest groups ─────────────

const groupRow = { id: true, name: true, description: true, sortOrder: true } as const;

export async function createGroup(ctx: ActionContext, input: z.input<typeof groupInput>) {
  assertSetupManager(ctx.user);
  const g = parseInput(groupInput, input);
  const taken = () => fieldError('name', 'groupNameTaken', 'groupNameTaken');
  return inTx(
    ctx,
    async (tx) => {
      if (await tx.contestGroup.findUnique({ where: { name: g.name } })) throw taken();
      const row = await tx.contestGroup.create({ data: { name: g.name, description: orNull(g.description), sortOrder: g.sortOrder }, select: groupRow });
      await ctx.audit(tx, { action: 'setup.create_group', entityType: 'contest_group', entityId: row.id, after: row });
      return { id: row.id };
    },
    taken,
  );
}

export async function updateGroup(ctx: ActionContext, input: z.input<typeof groupUpdateInput>) {
  assertSetupManager(ctx.user);
  const g = parseInput(groupUpdateInput, input);
  const taken = () => fieldError('name', 'groupNameTaken', 'groupNameTaken');
  return inTx(
    ctx,
    async (tx) => {
      const before = await tx.contestGroup.findUnique({ where: { id: g.id }, select: groupRow });
      if (!before) throw new DomainError('notFound');
      const clash = await tx.contestGroup.findUnique({ where: { name: g.name } });
      if (clash && clash.id !== g.id) throw taken();
      const after = await tx.contestGroup.update({
        where: { id: g.id },
        data: { name: g.name, description: orNull(g.description), sortOrder: g.sortOrder },
        select: groupRow,
      });
      await ctx.audit(tx, { action: 'setup.update_group', entityType: 'contest_group', entityId: g.id, before, after });
      return { id: g.id };
    },
    taken,
  );
}

export async function deleteGroup(ctx: ActionContext, input: z.input<typeof idInput>) {
  assertSetupManager(ctx.user);
  const { id } = parseInput(idInput, input);
  return ctx.db.$transaction(async (tx) => {
    const before = await tx.contestGroup.findUnique({ where: { id }, select: { ...groupRow, _count: { select: { units: true } } } });
    if (!before) throw new DomainError('notFound');
    if (before._count.units > 0) throw new DomainError('groupHasUnits', { count: before._count.units });
    await tx.contestGroup.delete({ where: { id } });
    const { _count, ...row } = before;
    await ctx.audit(tx, { action: 'setup.delete_group', entityType: 'contest_group', entityId: id, before: row });
    return { id };
  });
}

// ───────────── units ─────────────

const unitRow = { id: true, code: true, name: true, shortName: true, kind: true, groupId: true, headName: true, headTitle: true, active: true } as const;

type UnitData = z.output<typeof unitInput>;
const unitData = (u: UnitData) => ({
  code: u.code,
  name: u.name,
  shortName: orNull(u.shortName),
  kind: u.kind,
  groupId: u.groupId,
  headName: u.headName,
  headTitle: orNull(u.headTitle),
  active: u.active,
});

async function checkUnitClashes(tx: Tx, u: UnitData, selfId: string | null) {
  const byCode = await tx.unit.findUnique({ where: { code: u.code }, select: { id: true } });
  if (byCode && byCode.id !== selfId) throw fieldError('code', 'unitCodeTaken', 'unitCodeTaken');
  const byName = await tx.unit.findUnique({ where: { name: u.name }, select: { id: true } });
  if (byName && byName.id !== selfId) throw fieldError('name', 'unitNameTaken', 'unitNameTaken');
  if (!(await tx.contestGroup.findUnique({ where: { id: u.groupId }, select: { id: true } }))) throw fieldError('groupId', 'invalid');
}

export async function createUnit(ctx: ActionContext, input: z.input<typeof unitInput>) {
  assertSetupManager(ctx.user);
  const u = parseInput(unitInput, input);
  return inTx(
    ctx,
    async (tx) => {
      await checkUnitClashes(tx, u, null);
      const last = await tx.unit.aggregate({ _max: { sortOrder: true } });
      const row = await tx.unit.create({ data: { ...unitData(u), sortOrder: (last._max.sortOrder ?? -1) + 1 }, select: unitRow });
      await ctx.audit(tx, { action: 'setup.create_unit', entityType: 'unit', entityId: row.id, after: row });
      return { id: row.id };
    },
    () => new DomainError('unitCodeTaken'),
  );
}

export async function updateUnit(ctx: ActionContext, input: z.input<typeof unitUpdateInput>) {
  assertSetupManager(ctx.user);
  const u = parseInput(unitUpdateInput, input);
  return inTx(
    ctx,
    async (tx) => {
      const before = await tx.unit.findUnique({ where: { id: u.id }, select: unitRow });
      if (!before) throw new DomainError('notFound');
      await checkUnitClashes(tx, u, u.id);
      const after = await tx.unit.update({ where: { id: u.id }, data: unitData(u), select: unitRow });
      await ctx.audit(tx, { action: 'setup.update_unit', entityType: 'unit', entityId: u.id, before, after });
      return { id: u.id };
    },
    () => new DomainError('unitCodeTaken'),
  );
}

// ───────────── strategy pillars ─────────────

const pillarRow = { id: true, code: true, name: true, description: true, sortOrder: true, active: true } as const;
type PillarData = z.output<typeof pillarInput>;
const pillarData = (p: PillarData) => ({ code: p.code, name: p.name, description: orNull(p.description), sortOrder: p.sortOrder, active: p.active });
const pillarTaken = () => fieldError('code', 'pillarCodeTaken', 'pillarCodeTaken');

export async function createPillar(ctx: ActionContext, input: z.input<typeof pillarInput>) {
  assertSetupManager(ctx.user);
  const p = parseInput(pillarInput, input);
  return inTx(
    ctx,
    async (tx) => {
      if (await tx.strategyPillar.findUnique({ where: { code: p.code } })) throw pillarTaken();
      const row = await tx.strategyPillar.create({ data: pillarData(p), select: pillarRow });
      await ctx.audit(tx, { action: 'setup.create_pillar', entityType: 'strategy_pillar', entityId: row.id, after: row });
      return { id: row.id };
    },
    pillarTaken,
  );
}

export async function updatePillar(ctx: ActionContext, input: z.input<typeof pillarUpdateInput>) {
  assertSetupManager(ctx.user);
  const p = parseInput(pillarUpdateInput, input);
  return inTx(
    ctx,
    async (tx) => {
      const before = await tx.strategyPillar.findUnique({ where: { id: p.id }, select: pillarRow });
      if (!before) throw new DomainError('notFound');
      const clash = await tx.strategyPillar.findUnique({ where: { code: p.code } });
      if (clash && clash.id !== p.id) throw pillarTaken();
      const after = await tx.strategyPillar.update({ where: { id: p.id }, data: pillarData(p), select: pillarRow });
      await ctx.audit(tx, { action: 'setup.update_pillar', entityType: 'strategy_pillar', entityId: p.id, before, after });
      return { id: p.id };
    },
    pillarTaken,
  );
}
