// Scoring by the panel (arena:score + membership): a judge's sheet for the current speaker, created or revised
// until the host closes the speaker. The meeting's hot path: a few statements under the arena lock.
import 'server-only';
import type { ActionContext } from '../../actions/define-action.server';
import { DomainError } from '../../actions/result';
import { can } from '../../auth/permissions';
import type { Tx } from '../../db/client';
import { isUniqueViolation } from '../../db/errors';
import { rawInt } from '../../db/raw';
import type { LockedArena } from '../events.server';
import { rubricOf } from '../queries.server';
import { checkSheet, liveRefusal, scoreRefusal, scoreRefusalOf } from '../rules';
import type { SubmitScoreResult } from '../types';
import { refusalError, refuse, writeWith } from './writer.server';

export interface SubmitScoreInput {
  arenaId: string;
  participantId: string;
  /** criterionId → score: every rubric criterion, 0 ≤ score ≤ its maximum, at most SCORE_DECIMALS decimals */
  scores: Readonly<Record<string, number>>;
  /** the sheet version the judge saw (0 or null = none yet); omitted = no check */
  expectedVersion?: number | null;
}

/**
 * A judge's sheet for the current speaker: created, or revised (version + 1) until the host closes the
 * speaker. One sheet per judge × speaker (unique), its criterion rows replaced in the same transaction.
 */
export async function submitScore(ctx: ActionContext, input: SubmitScoreInput): Promise<SubmitScoreResult> {
  if (!can(ctx.user, 'arena:score')) throw new DomainError('forbidden');
  for (let attempt = 0; ; attempt++) {
    try {
      return await submitOnce(ctx, input);
    } catch (err) {
      // two first submissions of one judge racing on a database without the arena lock: retry as a revision
      if (attempt === 0 && isUniqueViolation(err)) continue;
      throw err;
    }
  }
}

interface Panel {
  /** judge user id → their unit */
  judges: Map<string, string | null>;
  rubric: { id: string; name: string; maxScore: number }[];
}

/**
 * Panel and rubric of a started arena. Neither can change once it is live (judges are set in prep, the
 * rubric locks at the start), so they are kept per process, keyed by the start time.
 */
const g = globalThis as unknown as { leitaiArenaPanels?: Map<string, { startedAt: number; panel: Panel }> };
const panels = (g.leitaiArenaPanels ??= new Map());

async function panelOf(tx: Tx, a: LockedArena): Promise<Panel> {
  const stamp = a.startedAt?.getTime() ?? -1;
  const hit = panels.get(a.id);
  if (a.state === 'live' && hit && hit.startedAt === stamp) return hit.panel;
  const judges = await tx.arenaJudge.findMany({ where: { arenaId: a.id }, select: { userId: true, user: { select: { unitId: true } } } });
  const panel: Panel = { judges: new Map(judges.map((j) => [j.userId, j.user.unitId])), rubric: await rubricOf(tx, a.periodId) };
  if (a.state === 'live') {
    if (panels.size > 100) panels.clear();
    panels.set(a.id, { startedAt: stamp, panel });
  }
  return panel;
}

/** What a score needs to know about its speaker and the judge's sheet, read in one statement under the lock. */
interface SpeakerFacts {
  state: string;
  unitId: string;
  unitName: string;
  unitCode: string;
  sheetId: string | null;
  version: number | null;
  total: number | null;
  scoredCount: unknown;
  lastEventId: unknown;
}

async function speakerFacts(tx: Tx, arenaId: string, participantId: string, judgeId: string): Promise<SpeakerFacts | null> {
  // a separate statement after lockArena: on PostgreSQL it sees everything committed before the lock was granted
  const rows = await tx.$queryRaw<SpeakerFacts[]>`
    SELECT p."state", p."unitId", u."name" AS "unitName", u."code" AS "unitCode",
           s."id" AS "sheetId", s."version", s."total",
           (SELECT COUNT(*) FROM "PanelSheet" c WHERE c."participantId" = p."id") AS "scoredCount",
           (SELECT MAX(e."id") FROM "ArenaEvent" e WHERE e."arenaId" = p."arenaId") AS "lastEventId"
    FROM "ArenaParticipant" p
    JOIN "Unit" u ON u."id" = p."unitId"
    LEFT JOIN "PanelSheet" s ON s."participantId" = p."id" AND s."judgeId" = ${judgeId}
    WHERE p."id" = ${participantId} AND p."arenaId" = ${arenaId}`;
  return rows[0] ?? null;
}

async function submitOnce(ctx: ActionContext, input: SubmitScoreInput): Promise<SubmitScoreResult> {
  // the hot path of a meeting: a few statements under the arena lock (sequential: one connection serves the
  // transaction) — lock, one read of the speaker and the judge's sheet, the sheet, its rows, audit, event
  return writeWith(ctx, input.arenaId, async (tx, a, emit, log) => {
    const { judges, rubric } = await panelOf(tx, a);
    if (!judges.has(ctx.user.id)) throw new DomainError('notArenaJudge');
    refuse(liveRefusal(a.state));
    const p = await speakerFacts(tx, a.id, input.participantId, ctx.user.id);
    if (!p) throw new DomainError('notFound');
    const reason = scoreRefusal({ id: input.participantId, unitId: p.unitId, state: p.state }, a.currentParticipantId, a.state, ctx.user.unitId);
    if (reason) refuse(scoreRefusalOf(reason, p.unitName));
    const participantId = input.participantId;

    const checked = checkSheet(rubric, input.scores);
    if (!checked.ok) throw refusalError(checked.refusal);
    const { rows, total } = checked;

    const existing =
      p.sheetId === null
        ? null
        : {
            id: p.sheetId,
            version: rawInt(p.version),
            total: Number(p.total),
            scores: await tx.panelScore.findMany({ where: { sheetId: p.sheetId }, select: { criterionId: true, score: true } }),
          };
    const expected = input.expectedVersion;
    if (expected !== undefined && (existing?.version ?? 0) !== (expected ?? 0)) throw new DomainError('scoreStale', { version: existing?.version ?? 0 });
    const countBefore = rawInt(p.scoredCount);

    const same =
      existing !== null &&
      existing.scores.length === rows.length &&
      rows.every((r) => existing.scores.some((s) => s.criterionId === r.criterionId && s.score === r.score));
    if (same) return { sheetId: existing.id, participantId, version: existing.version, total: existing.total, scoredCount: countBefore, eventId: 0 };

    const sheet = existing
      ? await tx.panelSheet.update({ where: { id: existing.id }, data: { total, version: existing.version + 1 }, select: { id: true, version: true } })
      : await tx.panelSheet.create({ data: { arenaId: a.id, participantId, judgeId: ctx.user.id, total, version: 1 }, select: { id: true, version: true } });
    // replace the criterion rows (a first sheet has none: only sheets write them)
    if (existing) await tx.panelScore.deleteMany({ where: { participantId, judgeId: ctx.user.id } });
    await tx.panelScore.createMany({
      data: rows.map((r) => ({ arenaId: a.id, participantId, judgeId: ctx.user.id, criterionId: r.criterionId, score: r.score, sheetId: sheet.id })),
    });
    // the arena lock keeps every other sheet of this speaker as counted
    const scoredCount = existing ? countBefore : countBefore + 1;
    let judgeCount = 0;
    for (const unit of judges.values()) if (unit !== p.unitId) judgeCount++;
    await ctx.audit(tx, {
      action: existing ? 'arena.revise_score' : 'arena.score',
      entityType: 'panel_sheet',
      entityId: sheet.id,
      before: existing
        ? {
            participant: p.unitCode,
            version: existing.version,
            total: existing.total,
            scores: Object.fromEntries(existing.scores.map((s) => [s.criterionId, s.score])),
          }
        : undefined,
      after: {
        arenaId: a.id,
        participant: p.unitCode,
        participantId,
        version: sheet.version,
        total,
        scores: Object.fromEntries(rows.map((r) => [r.criterionId, r.score])),
      },
    });
    log.last = rawInt(p.lastEventId);
    const ev = await emit('score.submitted', { participantId, judgeId: ctx.user.id, version: sheet.version, scoredCount, judgeCount });
    return { sheetId: sheet.id, participantId, version: sheet.version, total, scoredCount, eventId: ev.id };
  });
}
