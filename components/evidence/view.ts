// Evidence items as the browser components take them (dates as strings), and one page's files keyed by the record they
// prove — for the indicator rows and measures of the submission page (server pages build it; client components read it).
import type { EvidenceItem } from '@/lib/evidence/queries.server';
import type { EvidenceFileView } from './evidence-files';

export function evidenceView(items: readonly EvidenceItem[] | undefined): EvidenceFileView[] {
  return (items ?? []).map((i) => ({
    id: i.id,
    fileName: i.fileName,
    size: i.size,
    inline: i.inline,
    uploadedByName: i.uploadedByName,
    createdAt: i.createdAt.toISOString(),
  }));
}

/** A unit's files for its submission page, by indicator and measure id, with the indicators marked 必传. */
export interface InlineEvidence {
  files: Record<string, EvidenceFileView[]>;
  required: string[];
  /** upload and delete offered (the unit's own users while the submission is open) */
  editable: boolean;
}

export function inlineEvidence(items: readonly EvidenceItem[], required: readonly string[], editable: boolean): InlineEvidence {
  const files: Record<string, EvidenceFileView[]> = {};
  const views = evidenceView(items);
  items.forEach((item, i) => {
    const key = item.indicatorId ?? item.measureId;
    if (key) (files[key] ??= []).push(views[i]!);
  });
  return { files, required: [...required], editable };
}
