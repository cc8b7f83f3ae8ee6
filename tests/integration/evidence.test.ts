// Evidence files (佐证材料) on a real database: one stored blob per content (dedup, chunked, streamed back intact),
// types by content (spoofed names), scope across units, deletion only while the submission is open, audit rows, a
// submission refused while a required indicator has no file, and a blob swept with its last attachment — also when two
// deletes, or a delete and an upload of the same bytes, race.
import { randomBytes, randomUUID } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadLatestAudit } from '@/lib/audit/queries.server';
import { createClient, type Db } from '@/lib/db/client';
import type { SubmissionContent } from '@/lib/domain/submission-content';
import { attachEvidence, deleteEvidence, writableTarget } from '@/lib/evidence/commands.server';
import { evidenceForDownload, measureEvidence, unitEvidence } from '@/lib/evidence/queries.server';
import { boardMeasures } from '@/lib/measures/queries.server';
import { EVIDENCE_CHUNK_BYTES, EVIDENCE_MAX_BYTES, type EvidenceTarget } from '@/lib/evidence/rules';
import { samplePdf, samplePng, storedZip } from '@/lib/evidence/samples';
import { blobStream, lockBlob, receiveFile, sweepBlob } from '@/lib/evidence/store.server';
import { loadContent, saveDraft, submitSubmission } from '@/lib/submissions/commands.server';
import { ctxOf, userOf } from '../support/actors';
import { createTestDatabase, migrate, seed, type TestDatabase } from '../support/database';
import { refusal, refusalCode } from '../support/refusal';

let scratch: TestDatabase;
let db: Db;
let periodId: string;
let unitId: string; // 数据局: a draft in the seed
let indicators: {
  id: string;
  name: string;
  halfTarget: number | null;
  annualTarget: number | null;
  plannedPercent: number | null;
  ledgerFigure: string | null;
}[];

beforeAll(async () => {
  scratch = await createTestDatabase('evidence');
  migrate(scratch.url);
  seed(scratch.url);
  db = await createClient(scratch.url);
  periodId = (await db.period.findFirstOrThrow({ where: { state: 'open' } })).id;
  unitId = (await db.unit.findUniqueOrThrow({ where: { code: 'sjj' } })).id;
  indicators = await db.indicator.findMany({
    where: { periodId, unitId },
    orderBy: { sortOrder: 'asc' },
    select: { id: true, name: true, halfTarget: true, annualTarget: true, plannedPercent: true, ledgerFigure: true },
  });
  // the tests below decide which indicators require evidence
  await db.indicator.updateMany({ where: { periodId, unitId }, data: { evidenceRequired: false } });
}, 300_000);
afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});

const body = (bytes: Uint8Array) => new Response(new Uint8Array(bytes)).body;
const onIndicator = (i = 0): EvidenceTarget => ({ kind: 'indicator', id: indicators[i]!.id });

async function upload(username: string, target: EvidenceTarget, name: string, bytes: Uint8Array) {
  const ctx = await ctxOf(db, username);
  await writableTarget(db, ctx.user, target);
  return attachEvidence(ctx, { target, fileName: name, file: await receiveFile(body(bytes), bytes.byteLength) });
}

async function readBack(sha256: string, size: number): Promise<Buffer> {
  return Buffer.from(await new Response(blobStream(db, { sha256, size })).arrayBuffer());
}

describe('store', () => {
  it('the same bytes twice are one blob in 1 MiB chunks, two attachments, streamed back byte for byte', async () => {
    // a PDF of 2.5 MB: three chunks
    const bytes = Buffer.concat([samplePdf(['Statistics bureau report']), randomBytes(2.5 * 1024 * 1024)]);
    const a = await upload('sjj_staff', onIndicator(0), '统计局报表.pdf', bytes);
    const b = await upload('sjj_head', onIndicator(1), '统计局报表（副本）.pdf', bytes);
    expect(a.sha256).toBe(b.sha256);
    expect(await db.evidenceBlob.count({ where: { sha256: a.sha256 } })).toBe(1);
    expect(await db.evidenceChunk.count({ where: { sha256: a.sha256 } })).toBe(Math.ceil(bytes.length / EVIDENCE_CHUNK_BYTES));
    expect(await db.evidenceFile.count({ where: { blobSha256: a.sha256 } })).toBe(2);
    expect((await readBack(a.sha256, a.size)).equals(bytes)).toBe(true);
    // kept with the submission version it was attached to
    const sub = await db.submission.findUniqueOrThrow({ where: { periodId_unitId: { periodId, unitId } } });
    expect((await db.evidenceFile.findUniqueOrThrow({ where: { id: a.id } })).submissionVersion).toBe(sub.version);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'evidence.upload', entityId: b.id } });
    expect(audit.after).toMatchObject({ sha256: a.sha256, newBlob: false, target: 'indicator' });
  });

  it('types are read from the content: a PNG named .pdf is stored as PNG; an EXE or a zip named .pdf/.docx is refused', async () => {
    const png = samplePng(8, 8, (x, y) => [x * 30, y * 30, 120]);
    const stored = await upload('sjj_staff', onIndicator(0), '现场照片.pdf', png);
    expect(stored).toMatchObject({ mime: 'image/png', fileName: '现场照片.png' });

    const exe = Buffer.alloc(1024);
    exe.write('MZ');
    exe.writeUInt32LE(0x80, 0x3c);
    exe.write('PE\0\0', 0x80, 'latin1');
    expect(await refusalCode(upload('sjj_staff', onIndicator(0), '报告.pdf', exe))).toBe('evidenceType');
    expect(await refusalCode(upload('sjj_staff', onIndicator(0), '报告.docx', storedZip([{ name: 'a.txt', data: 'x' }])))).toBe('evidenceType');
    expect(await refusalCode(upload('sjj_staff', onIndicator(0), '空.pdf', new Uint8Array(0)))).toBe('evidenceEmpty');
    // over 20 MB is refused while reading, whatever the declared length says
    const big = new Uint8Array(EVIDENCE_MAX_BYTES + 1);
    big.set(samplePdf(['x']));
    expect(await refusalCode(receiveFile(body(big), null))).toBe('evidenceTooLarge');
    expect(await refusalCode(receiveFile(body(new Uint8Array(10)), EVIDENCE_MAX_BYTES + 1))).toBe('evidenceTooLarge');
  });
});

describe('scope', () => {
  it('another unit cannot attach (404) nor read (not found); leaders and the office read; a judge does not', async () => {
    const file = await upload('sjj_staff', onIndicator(2), '台账.pdf', samplePdf(['Ledger page 3']));
    expect(await refusalCode(upload('jsj_head', onIndicator(2), 'x.pdf', samplePdf(['x'])))).toBe('notFound');
    expect(await evidenceForDownload(db, await userOf(db, 'jsj_head'), file.id)).toBeNull();
    expect(await evidenceForDownload(db, await userOf(db, 'judge1'), file.id)).toBeNull();
    expect(await unitEvidence(db, await userOf(db, 'jsj_staff'), periodId, unitId)).toEqual([]);
    for (const reader of ['leader1', 'admin', 'auditor', 'sjj_staff']) {
      expect((await evidenceForDownload(db, await userOf(db, reader), file.id))?.fileName, reader).toBe('台账.pdf');
    }
    // readers who are not the unit's own users may look but not attach
    expect(await refusalCode(upload('leader1', onIndicator(2), 'x.pdf', samplePdf(['x'])))).toBe('forbidden');
    // another unit may not delete it either: it does not exist for them
    expect(await refusalCode(deleteEvidence(await ctxOf(db, 'jsj_head'), { id: file.id }))).toBe('notFound');
  });
});

const onTarget = (ind: (typeof indicators)[number]) => ind.plannedPercent ?? ind.halfTarget ?? (ind.annualTarget ?? 0) * 0.5;

function complete(content: SubmissionContent): SubmissionContent {
  return {
    ...content,
    values: indicators.filter((i) => !i.ledgerFigure).map((ind) => ({ indicatorId: ind.id, actual: onTarget(ind), evidence: '' })),
    highlights: '上半年数据共享交换量同比增长 35%。',
    h2Goals: '下半年完成公共数据平台二期。',
    pillarMeasures: content.pillarMeasures.length ? content.pillarMeasures : [],
    gaps: [
      {
        id: randomUUID(),
        description: '数据归集率低于目标。',
        rootCause: '共享机制不健全。',
        measures: [{ id: randomUUID(), content: '建立月通报制度。', responsibleUnitId: unitId, responsiblePerson: '赵敏', deadline: '2026-12-31' }],
      },
    ],
  };
}

/** Every attachment's blob is there with all its chunks (the invariant the sweep must never break). */
async function everyFileHasItsBlob() {
  const files = await db.evidenceFile.findMany({ select: { id: true, blobSha256: true } });
  for (const f of files) {
    const blob = await db.evidenceBlob.findUnique({ where: { sha256: f.blobSha256 }, select: { size: true } });
    expect(blob, `file ${f.id} lost its blob`).not.toBeNull();
    expect(await db.evidenceChunk.count({ where: { sha256: f.blobSha256 } })).toBe(Math.ceil(blob!.size / EVIDENCE_CHUNK_BYTES));
  }
}

/** A PDF of about 1.5 MB (two chunks) no other test uploads. */
const uniquePdf = (label: string) => Buffer.concat([samplePdf([label]), randomBytes(1.5 * 1024 * 1024)]);

describe('orphan sweep', () => {
  it('a blob goes with its last attachment (chunks too), not before; the audit row says so', async () => {
    const bytes = uniquePdf('sweep one');
    const a = await upload('sjj_staff', onIndicator(5), '走访记录.pdf', bytes);
    const b = await upload('sjj_staff', onIndicator(6), '走访记录（副本）.pdf', bytes);
    const staff = await ctxOf(db, 'sjj_staff');
    expect((await deleteEvidence(staff, { id: a.id })).blobRemoved).toBe(false);
    expect(await db.evidenceBlob.count({ where: { sha256: a.sha256 } })).toBe(1);
    expect((await readBack(b.sha256, b.size)).equals(bytes)).toBe(true);
    expect((await deleteEvidence(staff, { id: b.id })).blobRemoved).toBe(true);
    expect(await db.evidenceBlob.count({ where: { sha256: a.sha256 } })).toBe(0);
    expect(await db.evidenceChunk.count({ where: { sha256: a.sha256 } })).toBe(0);
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: 'evidence.delete', entityId: b.id } });
    expect(audit.before).toMatchObject({ fileName: '走访记录（副本）.pdf', sha256: b.sha256, target: 'indicator' });
    expect(audit.after).toEqual({ blobRemoved: true });
    // the same bytes again: stored anew
    const c = await upload('sjj_staff', onIndicator(5), '走访记录.pdf', bytes);
    expect((await db.auditLog.findFirstOrThrow({ where: { action: 'evidence.upload', entityId: c.id } })).after).toMatchObject({ newBlob: true });
    expect((await readBack(c.sha256, c.size)).equals(bytes)).toBe(true);
    await deleteEvidence(staff, { id: c.id });
  });

  it("a measure dropped from a draft takes its files' bytes along (no orphan blob), a shared blob stays", async () => {
    const head = await ctxOf(db, 'sjj_head');
    let sub = await db.submission.findUniqueOrThrow({ where: { periodId_unitId: { periodId, unitId } } });
    const content = complete(await loadContent(db, sub.id));
    await saveDraft(head, { periodId, unitId, version: sub.version, content });
    const measureId = content.gaps[0]!.measures[0]!.id;
    const only = uniquePdf('cascade only');
    const shared = uniquePdf('cascade shared');
    const a = await upload('sjj_staff', { kind: 'measure', id: measureId }, '通报制度.pdf', only);
    const b = await upload('sjj_staff', { kind: 'measure', id: measureId }, '会议纪要.pdf', shared);
    const kept = await upload('sjj_staff', onIndicator(7), '会议纪要.pdf', shared);
    sub = await db.submission.findUniqueOrThrow({ where: { id: sub.id } });
    await saveDraft(head, { periodId, unitId, version: sub.version, content: { ...content, gaps: [{ ...content.gaps[0]!, measures: [] }] } });
    expect(await db.measure.count({ where: { id: measureId } })).toBe(0);
    expect(await db.evidenceFile.count({ where: { id: { in: [a.id, b.id] } } })).toBe(0);
    expect(await db.evidenceBlob.count({ where: { sha256: a.sha256 } })).toBe(0);
    expect(await db.evidenceChunk.count({ where: { sha256: a.sha256 } })).toBe(0);
    expect((await readBack(kept.sha256, kept.size)).equals(shared)).toBe(true);
    await deleteEvidence(await ctxOf(db, 'sjj_staff'), { id: kept.id });
    await everyFileHasItsBlob();
  });

  it('two deletes of the last two attachments at once: one of them sweeps, never both or neither', async () => {
    for (let round = 0; round < 4; round++) {
      const bytes = uniquePdf(`race delete ${round}`);
      const a = await upload('sjj_staff', onIndicator(5), '甲.pdf', bytes);
      const b = await upload('sjj_head', onIndicator(6), '乙.pdf', bytes);
      const [ra, rb] = await Promise.all([
        deleteEvidence(await ctxOf(db, 'sjj_staff'), { id: a.id }),
        deleteEvidence(await ctxOf(db, 'sjj_head'), { id: b.id }),
      ]);
      expect([ra.blobRemoved, rb.blobRemoved].filter(Boolean)).toHaveLength(1);
      expect(await db.evidenceBlob.count({ where: { sha256: a.sha256 } })).toBe(0);
      expect(await db.evidenceChunk.count({ where: { sha256: a.sha256 } })).toBe(0);
    }
    await everyFileHasItsBlob();
  });

  it('a delete of the last attachment racing an upload of the same bytes never leaves a file without its blob', async () => {
    // free-running: whichever order the two transactions take
    for (let round = 0; round < 4; round++) {
      const bytes = uniquePdf(`race upload ${round}`);
      const last = await upload('sjj_staff', onIndicator(5), '丙.pdf', bytes);
      const [, again] = await Promise.all([
        deleteEvidence(await ctxOf(db, 'sjj_head'), { id: last.id }),
        upload('sjj_staff', onIndicator(6), '丙（重传）.pdf', bytes),
      ]);
      await everyFileHasItsBlob();
      expect((await readBack(again.sha256, again.size)).equals(bytes)).toBe(true);
      await deleteEvidence(await ctxOf(db, 'sjj_head'), { id: again.id });
    }

    // forced: the delete holds the blob (as deleteEvidence does) while the upload finds the blob stored and tries to
    // attach to it; the delete then sweeps and commits, and the upload must store the bytes again
    const bytes = uniquePdf('race upload forced');
    const last = await upload('sjj_staff', onIndicator(5), '丁.pdf', bytes);
    // received and signed in beforehand, so the upload reaches the database at once (while the delete holds the lock)
    const file = await receiveFile(body(bytes), bytes.byteLength);
    const head = await ctxOf(db, 'sjj_head');
    let locked!: () => void;
    const isLocked = new Promise<void>((r) => (locked = r));
    const sweeping = db.$transaction(
      async (tx) => {
        await lockBlob(tx, last.sha256, 'update');
        locked();
        await sleep(1000);
        await tx.evidenceFile.deleteMany({ where: { id: last.id } });
        return sweepBlob(tx, last.sha256);
      },
      { timeout: 20_000 },
    );
    await isLocked;
    const uploading = attachEvidence(head, { target: onIndicator(6), fileName: '丁（重传）.pdf', file });
    expect(await sweeping).toBe(true);
    const again = await uploading;
    await everyFileHasItsBlob();
    expect((await readBack(again.sha256, again.size)).equals(bytes)).toBe(true);
    expect((await db.auditLog.findFirstOrThrow({ where: { action: 'evidence.upload', entityId: again.id } })).after).toMatchObject({ newBlob: true });
    await deleteEvidence(await ctxOf(db, 'sjj_head'), { id: again.id });
  });
});

describe('submit and deletion', () => {
  it('submit names each required indicator without a file; deleting is audited; after submit files are locked', async () => {
    const head = await ctxOf(db, 'sjj_head');
    const required = indicators.filter((i) => !i.ledgerFigure).slice(3, 5);
    await db.indicator.updateMany({ where: { id: { in: required.map((i) => i.id) } }, data: { evidenceRequired: true } });
    const pillarId = (await db.strategyPillar.findFirstOrThrow({ where: { active: true } })).id;
    let sub = await db.submission.findUniqueOrThrow({ where: { periodId_unitId: { periodId, unitId } } });
    const content = complete({ ...(await loadContent(db, sub.id)), pillarMeasures: [{ pillarId, content: '推进数据要素市场化配置。' }] });
    await saveDraft(head, { periodId, unitId, version: sub.version, content });
    sub = await db.submission.findUniqueOrThrow({ where: { id: sub.id } });

    const err = await refusal(submitSubmission(head, { periodId, unitId, version: sub.version }));
    expect(err.code).toBe('incomplete');
    expect(err.details?.filter((d) => d.code === 'evidence')).toEqual(required.map((i) => ({ code: 'evidence', params: { name: i.name } })));

    const first = await upload('sjj_staff', { kind: 'indicator', id: required[0]!.id }, '佐证一.pdf', samplePdf(['One']));
    // a deleted file does not count
    const extra = await upload('sjj_staff', { kind: 'indicator', id: required[1]!.id }, '佐证二.pdf', samplePdf(['Two']));
    await deleteEvidence(await ctxOf(db, 'sjj_staff'), { id: extra.id });
    expect(await db.auditLog.count({ where: { action: 'evidence.delete', entityId: extra.id } })).toBe(1);
    expect(await evidenceForDownload(db, await userOf(db, 'sjj_staff'), extra.id)).toBeNull();
    const again = await refusal(submitSubmission(head, { periodId, unitId, version: sub.version }));
    expect(again.details?.filter((d) => d.code === 'evidence')).toEqual([{ code: 'evidence', params: { name: required[1]!.name } }]);

    await upload('sjj_head', { kind: 'indicator', id: required[1]!.id }, '佐证二.pdf', samplePdf(['Two again']));
    await submitSubmission(head, { periodId, unitId, version: sub.version });
    // submitted: nothing attached or deleted any more, the files stay with the submission
    expect(await refusalCode(deleteEvidence(await ctxOf(db, 'sjj_staff'), { id: first.id }))).toBe('evidenceLocked');
    expect(await refusalCode(upload('sjj_staff', onIndicator(0), 'late.pdf', samplePdf(['late'])))).toBe('evidenceLocked');
    expect((await evidenceForDownload(db, await userOf(db, 'leader1'), first.id))?.fileName).toBe('佐证一.pdf');
  });
});

describe('measures board', () => {
  it("lists a measure's files to whoever sees the measure; another unit's measure file is not found (404)", async () => {
    // the seed attaches a few files to submitted measures
    const file = await db.evidenceFile.findFirstOrThrow({ where: { measureId: { not: null } }, include: { measure: true } });
    const m = file.measure!;
    const owner = await db.unit.findUniqueOrThrow({ where: { id: m.unitId } });
    const stranger = await db.unit.findFirstOrThrow({ where: { id: { notIn: [m.unitId, m.responsibleUnitId] }, active: true } });
    for (const username of ['leader1', 'admin', `${owner.code}_head`, `${owner.code}_staff`]) {
      const user = await userOf(db, username);
      const listed = await boardMeasures(db, user, { status: 'all' }, new Date());
      expect(
        listed.map((x) => x.id),
        username,
      ).toContain(m.id);
      const files = await measureEvidence(
        db,
        listed.map((x) => x.id),
      );
      expect(
        files.get(m.id)?.map((f) => f.id),
        username,
      ).toContain(file.id);
      expect((await evidenceForDownload(db, user, file.id))?.fileName, username).toBe(file.fileName);
    }
    const other = await userOf(db, `${stranger.code}_head`);
    expect((await boardMeasures(db, other, { status: 'all' }, new Date())).map((x) => x.id)).not.toContain(m.id);
    expect(await evidenceForDownload(db, other, file.id)).toBeNull();
  });
});

describe('ledger problems', () => {
  it('the lead unit attaches while open; assisting units and leaders read; others get 404; a closed problem is locked', async () => {
    const open = await db.enterpriseProblem.findFirstOrThrow({
      where: { status: { in: ['pending', 'in_progress'] }, assists: { some: {} } },
      include: { leadUnit: { select: { code: true } }, assists: { include: { unit: { select: { code: true } } } } },
    });
    const lead = `${open.leadUnit.code}_staff`;
    const assist = `${open.assists[0]!.unit.code}_head`;
    const unrelated = await db.unit.findFirstOrThrow({ where: { id: { notIn: [open.leadUnitId, ...open.assists.map((a) => a.unitId)] } } });
    const file = await upload(lead, { kind: 'problem', id: open.id }, '企业诉求函.pdf', samplePdf(['Request letter']));
    // the audit log names the problem the file is on, not its id
    const { rows, names } = await loadLatestAudit(db, 1);
    expect(rows[0]).toMatchObject({ action: 'evidence.upload', entityId: file.id });
    expect(names.get(open.id)).toBe(`${open.code} ${open.title}`);
    expect((await evidenceForDownload(db, await userOf(db, assist), file.id))?.fileName).toBe('企业诉求函.pdf');
    expect((await evidenceForDownload(db, await userOf(db, 'leader1'), file.id))?.fileName).toBe('企业诉求函.pdf');
    expect(await evidenceForDownload(db, await userOf(db, `${unrelated.code}_head`), file.id)).toBeNull();
    // an assisting unit reads but does not attach
    expect(await refusalCode(upload(assist, { kind: 'problem', id: open.id }, 'x.pdf', samplePdf(['x'])))).toBe('forbidden');

    const closed = await db.enterpriseProblem.findFirstOrThrow({ where: { status: 'closed' }, include: { leadUnit: { select: { code: true } } } });
    expect(await refusalCode(upload(`${closed.leadUnit.code}_head`, { kind: 'problem', id: closed.id }, 'x.pdf', samplePdf(['x'])))).toBe('evidenceLocked');
  });
});
