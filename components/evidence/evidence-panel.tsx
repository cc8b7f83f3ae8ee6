// The 佐证材料 card of a unit's submission page: each indicator (its 必传 mark) and each saved measure with its files;
// upload and delete controls only while the unit's own users may still change the submission.
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { EvidenceItem } from '@/lib/evidence/queries.server';
import { EvidenceFiles, type EvidenceFileView } from './evidence-files';

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

interface Props {
  indicators: { id: string; name: string; evidenceRequired: boolean }[];
  measures: { id: string; label: string }[];
  files: { indicators: Map<string, EvidenceItem[]>; measures: Map<string, EvidenceItem[]> };
  editable: boolean;
}

export async function EvidencePanel({ indicators, measures, files, editable }: Props) {
  const t = await getTranslations('evidence');
  const row = (kind: 'indicator' | 'measure', id: string, label: string, required: boolean, items: EvidenceItem[] | undefined) => (
    <li key={id} className="grid gap-1 border-b border-slate-100 py-2.5 last:border-0 sm:grid-cols-[minmax(0,2fr)_minmax(0,3fr)] sm:gap-4">
      <div className="text-sm break-words [overflow-wrap:anywhere]">
        {label}
        {required && (
          <span className="ml-1.5 rounded bg-amber-50 px-1.5 py-0.5 text-xs text-amber-800" title={t('requiredTitle')}>
            {t('required')}
          </span>
        )}
        {required && !items?.length && <div className="text-xs text-red-600">{t('missing')}</div>}
      </div>
      <EvidenceFiles target={{ kind, id }} files={evidenceView(items)} editable={editable} label={label} />
    </li>
  );
  return (
    <Card title={t('title')}>
      <p className="mb-3 text-xs text-slate-500">{t('sub')}</p>
      <h3 className="text-sm font-medium text-slate-600">{t('indicators')}</h3>
      <ul data-testid="evidence-indicators">{indicators.map((i) => row('indicator', i.id, i.name, i.evidenceRequired, files.indicators.get(i.id)))}</ul>
      {measures.length > 0 && (
        <>
          <h3 className="mt-4 text-sm font-medium text-slate-600">{t('measures')}</h3>
          <ul>{measures.map((m) => row('measure', m.id, m.label, false, files.measures.get(m.id)))}</ul>
        </>
      )}
    </Card>
  );
}
