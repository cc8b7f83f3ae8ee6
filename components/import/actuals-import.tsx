'use client';
// Upload → preview → commit of actuals from Excel (components/import/import-flow.tsx does the steps): a unit's own
// submission, or 考核办's statistics for many units. This renders what the actuals preview lists.
import { useFormatter, useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { formatters } from '@/components/ui/format';
import { ImportFlow, More, td, th, type PreviewBase } from './import-flow';

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
      doneText={(r) => ta('committed', r)}
      onCommitted={() => router.refresh()}
      renderPreview={(preview) =>
        preview.changes.length > 0 && (
          <details open className="text-sm">
            <summary className="cursor-pointer font-medium">{ta('changesTitle', { count: preview.counts.changes })}</summary>
            <div className="mt-2 overflow-x-auto">
              <table className="w-full min-w-[520px]" data-testid="actuals-changes">
                <thead>
                  <tr>
                    <th className={th}>{t('col.row')}</th>
                    {kind === 'statistics' && <th className={th}>{ta('col.unit')}</th>}
                    <th className={th}>{ta('col.name')}</th>
                    <th className={th}>{ta('col.change')}</th>
                    <th className={th}>{ta('col.note')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.changes.map((c) => (
                    <tr key={c.row} data-testid="actuals-change">
                      <td className={`${td} tabular`}>{c.row}</td>
                      {kind === 'statistics' && <td className={td}>{c.unit}</td>}
                      <td className={td}>{c.name}</td>
                      <td className={`${td} whitespace-nowrap tabular`}>
                        <s className="text-slate-400">{c.before === null ? '—' : f.val(c.before, 6)}</s> → {f.val(c.after, 6)}
                        <span className="ml-0.5 text-xs text-slate-500">{c.measureUnit}</span>
                      </td>
                      <td className={`${td} max-w-[16rem] break-words`}>{c.note || '—'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
            <More shown={preview.changes.length} total={preview.counts.changes} />
          </details>
        )
      }
    />
  );
}
