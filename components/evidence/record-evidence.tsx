'use client';
// One record's 佐证材料 where the record itself is shown — inside an indicator's row or under a measure of the submission
// page — with its 必传 mark and what is missing; the list and upload control are EvidenceFiles. A measure not yet
// saved has no row to attach to: it says so instead.
import { useTranslations } from 'next-intl';
import { EvidenceFiles } from './evidence-files';
import type { InlineEvidence } from './view';

interface Props {
  kind: 'indicator' | 'measure';
  id: string;
  /** the record's name, for the upload control's accessible name */
  label: string;
  evidence: InlineEvidence;
  /** false: a measure typed but not saved yet */
  saved?: boolean;
  /** label above the files at every width (a narrow table cell) */
  stacked?: boolean;
}

export function RecordEvidence({ kind, id, label, evidence, saved = true, stacked = false }: Props) {
  const t = useTranslations('evidence');
  const files = evidence.files[id] ?? [];
  const required = kind === 'indicator' && evidence.required.includes(id);
  return (
    <div
      className={`flex min-w-0 flex-col gap-1 rounded-md bg-slate-50 px-2.5 py-2 ${stacked ? '' : 'sm:flex-row sm:items-baseline sm:gap-3'}`}
      data-testid="record-evidence"
      data-required={required || undefined}
    >
      <div className={`shrink-0 text-xs font-medium text-slate-600 ${stacked ? '' : 'sm:w-24'}`}>
        {t('title')}
        {required && (
          <span className="ml-1.5 rounded bg-amber-100 px-1.5 py-0.5 font-normal text-amber-800" title={t('requiredTitle')}>
            {t('required')}
          </span>
        )}
        {required && files.length === 0 && <div className="mt-0.5 font-normal text-red-600">{t('missing')}</div>}
      </div>
      <div className="min-w-0 flex-1">
        {saved ? (
          <EvidenceFiles target={{ kind, id }} files={files} editable={evidence.editable} label={label} />
        ) : (
          <p className="text-xs text-slate-500">{t('saveFirst')}</p>
        )}
      </div>
    </div>
  );
}
