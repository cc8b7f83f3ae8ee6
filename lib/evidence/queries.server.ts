// Reads of evidence files: a unit's files for a period (its submission page, the review and the report card) and one
// file for download — each within the same scope as the record it proves (another unit's file does not exist).
import 'server-only';
import { canReadUnit, type Actor } from '../auth/permissions';
import type { Db, Tx } from '../db/client';
import { targetFacts } from './commands.server';
import { servedInline } from './rules';

export interface EvidenceItem {
  id: string;
  fileName: string;
  size: number;
  mime: string;
  /** opens in the browser (image, PDF) rather than downloading */
  inline: boolean;
  indicatorId: string | null;
  measureId: string | null;
  problemId: string | null;
  submissionVersion: number | null;
  uploadedByName: string;
  createdAt: Date;
}

const SELECT = {
  id: true,
  fileName: true,
  indicatorId: true,
  measureId: true,
  problemId: true,
  submissionVersion: true,
  uploadedByName: true,
  createdAt: true,
  blob: { select: { size: true, mime: true } },
} as const;

function itemOf(r: {
  id: string;
  fileName: string;
  indicatorId: string | null;
  measureId: string | null;
  problemId: string | null;
  submissionVersion: number | null;
  uploadedByName: string;
  createdAt: Date;
  blob: { size: number; mime: string };
}): EvidenceItem {
  const { blob, ...rest } = r;
  return { ...rest, size: blob.size, mime: blob.mime, inline: servedInline(blob.mime) };
}

/** The unit's files on its indicators and measures for a period, oldest first; empty outside the user's scope. */
export async function unitEvidence(db: Db | Tx, user: Actor, periodId: string, unitId: string): Promise<EvidenceItem[]> {
  if (!canReadUnit(user, unitId)) return [];
  const rows = await db.evidenceFile.findMany({ where: { periodId, unitId }, select: SELECT, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  return rows.map(itemOf);
}

/** A ledger problem's files (the caller has checked the user may see the problem). */
export async function problemEvidence(db: Db | Tx, problemId: string): Promise<EvidenceItem[]> {
  const rows = await db.evidenceFile.findMany({ where: { problemId }, select: SELECT, orderBy: [{ createdAt: 'asc' }, { id: 'asc' }] });
  return rows.map(itemOf);
}

/**
 * The files of measures the caller has already scoped (the rectification board lists only measures the user may see,
 * the same rule the download checks), by measure id, oldest first.
 */
export async function measureEvidence(db: Db | Tx, measureIds: readonly string[]): Promise<Map<string, EvidenceItem[]>> {
  const byMeasure = new Map<string, EvidenceItem[]>();
  if (!measureIds.length) return byMeasure;
  const rows = await db.evidenceFile.findMany({
    where: { measureId: { in: [...measureIds] } },
    select: SELECT,
    orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
  });
  for (const r of rows) byMeasure.set(r.measureId!, [...(byMeasure.get(r.measureId!) ?? []), itemOf(r)]);
  return byMeasure;
}

/** One file with its blob, if the user may read the record it belongs to; otherwise null (→ 404). */
export async function evidenceForDownload(db: Db, user: Actor, id: string) {
  const row = await db.evidenceFile.findUnique({ where: { id }, include: { blob: { select: { sha256: true, size: true, mime: true } } } });
  if (!row) return null;
  const target = row.indicatorId
    ? ({ kind: 'indicator', id: row.indicatorId } as const)
    : row.measureId
      ? ({ kind: 'measure', id: row.measureId } as const)
      : ({ kind: 'problem', id: row.problemId! } as const);
  const facts = await targetFacts(db, user, target);
  if (!facts?.reader) return null;
  return { id: row.id, fileName: row.fileName, blob: row.blob };
}

export interface RequiredEvidenceRow {
  indicatorId: string;
  indicatorName: string;
  unitId: string;
  unitName: string;
  files: EvidenceItem[];
}

/** Every indicator of the period marked 必传 with the unit's files on it (the review office's overview). */
export async function requiredEvidence(db: Db | Tx, periodId: string): Promise<RequiredEvidenceRow[]> {
  const rows = await db.indicator.findMany({
    where: { periodId, evidenceRequired: true },
    orderBy: [{ unit: { sortOrder: 'asc' } }, { sortOrder: 'asc' }],
    select: {
      id: true,
      name: true,
      unit: { select: { id: true, name: true } },
      evidenceFiles: { select: SELECT, orderBy: { createdAt: 'asc' } },
    },
  });
  return rows.map((r) => ({ indicatorId: r.id, indicatorName: r.name, unitId: r.unit.id, unitName: r.unit.name, files: r.evidenceFiles.map(itemOf) }));
}

/**
 * The report card's evidence: the unit's files grouped under the indicator or measure they prove, for readers of the
 * unit only (empty for the others — a unit reading another's published report card sees no files).
 */
export async function reportCardEvidence(
  db: Db,
  user: Actor,
  periodId: string,
  unit: { unitId: string; indicators: readonly { indicatorId: string; name: string | null }[] },
): Promise<{ label: string; files: EvidenceItem[] }[]> {
  const items = await unitEvidence(db, user, periodId, unit.unitId);
  const indicatorNames = new Map(unit.indicators.map((i) => [i.indicatorId, i.name ?? i.indicatorId]));
  const measureIds = items.flatMap((e) => (e.measureId ? [e.measureId] : []));
  const measures = new Map(
    measureIds.length
      ? (await db.measure.findMany({ where: { id: { in: measureIds } }, select: { id: true, content: true } })).map((m) => [m.id, m.content])
      : [],
  );
  const groups = new Map<string, EvidenceItem[]>();
  for (const e of items) {
    const label = e.indicatorId ? indicatorNames.get(e.indicatorId) : e.measureId ? measures.get(e.measureId) : undefined;
    if (label) groups.set(label, [...(groups.get(label) ?? []), e]);
  }
  return [...groups].map(([label, files]) => ({ label, files }));
}
