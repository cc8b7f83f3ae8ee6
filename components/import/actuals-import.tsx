'use client';
// Upload → preview → commit of actuals from Excel (components/import/import-flow.tsx does the steps): a unit's own
// submission, or 考核办's statistics for many units. This renders what the actuals preview lists.
import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { formatters } from '@/components/ui/format';
import { ImportFlow, PreviewTable, type PreviewBase } from './import-flow';

interface Preview extends PreviewBase {
  counts: { rows: number; changes: number; unchanged: number; blank: number; errors: number };
  changes: { row: number; unit: string; key: string; name: string; measureUnit: string; before: number | null; after: number; note: string }[];
}
type Result = { changed: number; unchanged: number; blank: number };

export function ActualsImport({ base, kind }: { base: string; kind: 'unit' | 'statistics' }) {
  const t = useTranslations('excelImport');
  const ta = useTranslations('actualsImport');
  const f = formatters(useFormatter());
  const router = useRouter();
  return (
    <ImportFlow<Preview, Result>
      base={base}
      testId={kind === 'unit' ? 'actuals-import' : 'statistics-import'}
      hasChanges={(p) => p.counts.changes > 0}
      summary={(p) => ta('counts', p.counts)}
      nothingText={ta('nothing')}
      doneText={(r) => ta('committed', r)}
      onCommitted={() => router.refresh()}
      renderPreview={(preview) => (
        <PreviewTable
          title={ta('changesTitle', { count: preview.counts.changes })}
          total={preview.counts.changes}
          rows={preview.changes}
          rowKey={(c) => c.row}
          minWidth="min-w-[520px]"
          testId="actuals-changes"
          rowTestId="actuals-change"
          columns={[
            { header: t('col.row'), cell: (c) => c.row, className: 'tabular' },
            kind === 'statistics' && { header: ta('col.unit'), cell: (c) => c.unit },
            { header: ta('col.name'), cell: (c) => c.name },
            {
              header: ta('col.change'),
              className: 'whitespace-nowrap tabular',
              cell: (c) => (
                <>
                  <s className="text-slate-400">{c.before === null ? '—' : f.val(c.before, 6)}</s> → {f.val(c.after, 6)}
                  <span className="ml-0.5 text-xs text-slate-500">{c.measureUnit}</span>
                </>
              ),
            },
            { header: ta('col.note'), cell: (c) => c.note || '—', className: 'max-w-[16rem] break-words' },
          ]}
        />
      )}
    />
  );
}
