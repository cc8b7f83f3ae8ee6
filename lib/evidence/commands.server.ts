// Writes of evidence files: attach a received file to one record (indicator value, measure, ledger problem) and delete
// an attachment. Who may and when is decided from the record's facts by lib/evidence/rules.ts; each write is audited
// in its own transaction, after the facts are read again inside it (a submission sent meanwhile is locked).
import 'server-only';
import type { ActionContext } from '../actions/define-action.server';
import { DomainError } from '../actions/result';
import { can, canEditUnit, canReadUnit, type Actor } from '../auth/permissions';
import type { Db, Tx } from '../db/client';
import { problemAcceptsEvidence, sanitizeFileName, submissionAcceptsEvidence, type EvidenceTarget } from './rules';
import { lockBlob, storeBlob, sweepBlob, type ReceivedFile } from './store.server';

/** What a target record says about its files: whose, which submission, and whether this user may change them now. */
export interface TargetFacts {
  unitId: string;
  periodId: string | null;
  submissionId: string | null;
  submissionVersion: number | null;
  /** the user may write this record's files (own unit's head/staff; a problem's lead unit) */
  editor: boolean;
  /** the user may read the record at all */
  reader: boolean;
  /** the record's state lets its files change */
  open: boolean;
}

/** The facts of a target, or null when it does not exist. */
export async function targetFacts(tx: Tx, user: Actor, target: EvidenceTarget): Promise<TargetFacts | null> {
  if (target.kind === 'indicator') {
    const ind = await tx.indicator.findUnique({ where: { id: target.id }, select: { unitId: true, periodId: true, period: { select: { state: true } } } });
    if (!ind) return null;
    const sub = await tx.submission.findUnique({
      where: { periodId_unitId: { periodId: ind.periodId, unitId: ind.unitId } },
      select: { id: true, version: true, state: true },
    });
    return {
      unitId: ind.unitId,
      periodId: ind.periodId,
      submissionId: sub?.id ?? null,
      submissionVersion: sub?.version ?? 0,
      editor: canEditUnit(user, ind.unitId),
      reader: canReadUnit(user, ind.unitId),
      open: submissionAcceptsEvidence(ind.period.state, sub?.state),
    };
  }
  if (target.kind === 'measure') {
    const m = await tx.measure.findUnique({
      where: { id: target.id },
      select: {
        unitId: true,
        periodId: true,
        responsibleUnitId: true,
        period: { select: { state: true } },
        submission: { select: { id: true, version: true, state: true } },
      },
    });
    if (!m) return null;
    return {
      unitId: m.unitId,
      periodId: m.periodId,
      submissionId: m.submission?.id ?? null,
      submissionVersion: m.submission?.version ?? null,
      editor: canEditUnit(user, m.unitId),
      reader: canReadUnit(user, m.unitId) || (can(user, 'measure:read:own') && user.unitId === m.responsibleUnitId),
      // a measure outside a submission (its submission removed) is history: its files stay as they are
      open: m.submission !== null && submissionAcceptsEvidence(m.period.state, m.submission.state),
    };
  }
  const p = await tx.enterpriseProblem.findUnique({
    where: { id: target.id },
    select: { leadUnitId: true, status: true, assists: { select: { unitId: true } } },
  });
  if (!p) return null;
  const ownUnit = (user.role === 'unit_head' || user.role === 'unit_staff') && user.unitId !== null;
  return {
    unitId: p.leadUnitId,
    periodId: null,
    submissionId: null,
    submissionVersion: null,
    editor: ownUnit && user.unitId === p.leadUnitId,
    reader: can(user, 'problem:read:any') || (ownUnit && (user.unitId === p.leadUnitId || p.assists.some((a) => a.unitId === user.unitId))),
    open: problemAcceptsEvidence(p.status),
  };
}

/** The facts of a target this user may change the files of now; otherwise the refusal (404 outside their scope). */
export async function writableTarget(tx: Tx, user: Actor, target: EvidenceTarget): Promise<TargetFacts> {
  const facts = await targetFacts(tx, user, target);
  if (!facts || !facts.reader) throw new DomainError('notFound');
  if (!facts.editor) throw new DomainError('forbidden');
  if (!facts.open) throw new DomainError('evidenceLocked');
  return facts;
}

const TARGET_COLUMN = { indicator: 'indicatorId', measure: 'measureId', problem: 'problemId' } as const;

/** Times the bytes are stored again when a delete elsewhere swept them between storing and attaching. */
const ATTACH_TRIES = 3;

/**
 * Attach a received file: its bytes are stored once per hash (a second upload of the same bytes reuses the blob),
 * then the attachment row and its audit row are written together, holding the blob (lockBlob 'share') so a delete of
 * the last other attachment cannot sweep it meanwhile, after checking again that the record is open. A blob stored
 * for an attachment then refused is swept again.
 */
export async function attachEvidence(ctx: ActionContext, input: { target: EvidenceTarget; fileName: string; file: ReceivedFile }) {
  const { target, file } = input;
  const fileName = sanitizeFileName(input.fileName, file.ext);
  for (let attempt = 1; ; attempt++) {
    const { created } = await storeBlob(ctx.db, file);
    let attached;
    try {
      attached = await ctx.db.$transaction(async (tx) => {
        // swept by a delete that committed after storeBlob saw it: store the bytes again
        if (!(await lockBlob(tx, file.sha256, 'share'))) return null;
        const facts = await writableTarget(tx, ctx.user, target);
        const row = await tx.evidenceFile.create({
          data: {
            blobSha256: file.sha256,
            fileName,
            periodId: facts.periodId,
            unitId: facts.unitId,
            submissionId: facts.submissionId,
            submissionVersion: facts.submissionVersion,
            [TARGET_COLUMN[target.kind]]: target.id,
            uploadedById: ctx.user.id,
            uploadedByName: ctx.actor.name,
            createdAt: ctx.now,
          },
        });
        await ctx.audit(tx, {
          action: 'evidence.upload',
          entityType: 'evidence_file',
          entityId: row.id,
          after: {
            fileName,
            sha256: file.sha256,
            size: file.size,
            mime: file.mime,
            target: target.kind,
            targetId: target.id,
            submissionVersion: facts.submissionVersion,
            newBlob: created,
          },
          scope: facts.periodId ? { period: facts.periodId } : 'global',
        });
        return { id: row.id, fileName, size: file.size, mime: file.mime, sha256: file.sha256 };
      });
    } catch (err) {
      // refused after the bytes were stored (the submission was sent meanwhile): keep no blob nobody holds
      if (created) await ctx.db.$transaction(async (tx) => (await lockBlob(tx, file.sha256, 'update')) && sweepBlob(tx, file.sha256));
      throw err;
    }
    if (attached) return attached;
    if (attempt >= ATTACH_TRIES) throw new Error(`evidence blob ${file.sha256} swept ${ATTACH_TRIES} times while attaching`);
  }
}

function targetOfRow(row: { indicatorId: string | null; measureId: string | null; problemId: string | null }): EvidenceTarget {
  if (row.indicatorId) return { kind: 'indicator', id: row.indicatorId };
  if (row.measureId) return { kind: 'measure', id: row.measureId };
  return { kind: 'problem', id: row.problemId! };
}

/**
 * Delete an attachment: its row goes (the audit row keeps its name, hash, target and version) and, in the same
 * transaction, its blob and chunks when no other attachment holds that content. The blob row is locked first
 * (lockBlob 'update'), so two deletes of its last two attachments take turns — the second one sees the first's
 * delete committed and sweeps — and an upload of the same bytes either committed before (and is counted) or waits
 * and stores them again.
 */
export async function deleteEvidence(ctx: ActionContext, input: { id: string }) {
  return ctx.db.$transaction(async (tx) => {
    const row = await tx.evidenceFile.findUnique({ where: { id: input.id } });
    if (!row) throw new DomainError('notFound');
    const target = targetOfRow(row);
    const facts = await writableTarget(tx, ctx.user, target);
    await lockBlob(tx, row.blobSha256, 'update');
    const { count } = await tx.evidenceFile.deleteMany({ where: { id: row.id } });
    // deleted by a concurrent request meanwhile
    if (count === 0) throw new DomainError('notFound');
    const blobRemoved = await sweepBlob(tx, row.blobSha256);
    await ctx.audit(tx, {
      action: 'evidence.delete',
      entityType: 'evidence_file',
      entityId: row.id,
      before: { fileName: row.fileName, sha256: row.blobSha256, target: target.kind, targetId: target.id, submissionVersion: row.submissionVersion },
      after: { blobRemoved },
      scope: facts.periodId ? { period: facts.periodId } : 'global',
    });
    return { id: row.id, blobRemoved };
  });
}

/** Indicators of a unit's period that have at least one file — what the submit rule reads. */
export async function indicatorsWithEvidence(tx: Tx | Db, periodId: string, unitId: string): Promise<Set<string>> {
  const rows = await tx.evidenceFile.findMany({
    where: { periodId, unitId, indicatorId: { not: null } },
    select: { indicatorId: true },
    distinct: ['indicatorId'],
  });
  return new Set(rows.map((r) => r.indicatorId!));
}

/**
 * 考核办 marks which of a unit's indicators in a period require evidence (佐证材料必传). Until the period is published;
 * one audit row with the indicators switched on and off.
 */
export async function setEvidenceRequired(ctx: ActionContext, input: { periodId: string; unitId: string; required: string[] }) {
  if (!can(ctx.user, 'setup:manage')) throw new DomainError('forbidden');
  return ctx.db.$transaction(async (tx) => {
    const period = await tx.period.findUnique({ where: { id: input.periodId }, select: { state: true } });
    if (!period) throw new DomainError('notFound');
    if (period.state === 'published' || period.state === 'archived') throw new DomainError('evidenceSetupClosed');
    const rows = await tx.indicator.findMany({
      where: { periodId: input.periodId, unitId: input.unitId },
      select: { id: true, name: true, evidenceRequired: true },
    });
    const wanted = new Set(input.required);
    if ([...wanted].some((id) => !rows.some((r) => r.id === id))) throw new DomainError('invalidInput');
    const on = rows.filter((r) => wanted.has(r.id) && !r.evidenceRequired);
    const off = rows.filter((r) => !wanted.has(r.id) && r.evidenceRequired);
    if (!on.length && !off.length) return { changed: 0 };
    if (on.length) await tx.indicator.updateMany({ where: { id: { in: on.map((r) => r.id) } }, data: { evidenceRequired: true } });
    if (off.length) await tx.indicator.updateMany({ where: { id: { in: off.map((r) => r.id) } }, data: { evidenceRequired: false } });
    await ctx.audit(tx, {
      action: 'evidence.set_required',
      entityType: 'indicator',
      entityId: input.unitId,
      before: { required: off.map((r) => r.name) },
      after: { required: on.map((r) => r.name) },
      scope: { period: input.periodId },
    });
    return { changed: on.length + off.length };
  });
}
