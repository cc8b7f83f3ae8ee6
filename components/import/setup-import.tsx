'use client';
// Upload → preview → commit of a period's indicator setup from Excel (components/import/import-flow.tsx does the
// steps; this renders what the setup preview lists).
import { useTranslations } from 'next-intl';
import { ImportFlow, More, PreviewTable, type PreviewBase } from './import-flow';

interface Preview extends PreviewBase {
  counts: { rows: number; adds: number; changes: number; removes: number; unchanged: number; errors: number };
  adds: { row: number; unit: string; key: string; name: string; weight: number }[];
  changes: { row: number; unit: string; key: string; name: string; fields: { field: string; before: string; after: string }[] }[];
  removes: { unit: string; key: string; name: string }[];
}
type Result = { added: number; changed: number; removed: number };

export function SetupImport({ periodId }: { periodId: string }) {
  const t = useTranslations('excelImport');
  return (
    <ImportFlow<Preview, Result>
      base={`/api/import/periods/${periodId}/setup`}
      testId="setup-import"
      hasChanges={(p) => p.counts.adds + p.counts.changes + p.counts.removes > 0}
      summary={(p) => t('counts', p.counts)}
      doneText={(r) => t('committed', r)}
      renderPreview={(preview) => (
        <>
          <PreviewTable
            title={t('addsTitle', { count: preview.counts.adds })}
            total={preview.counts.adds}
            rows={preview.adds}
            rowKey={(a) => a.row}
            columns={[
              { header: t('col.row'), cell: (a) => a.row, className: 'tabular' },
              { header: t('col.unit'), cell: (a) => a.unit },
              { header: t('col.key'), cell: (a) => a.key },
              { header: t('col.name'), cell: (a) => a.name },
              { header: t('col.weight'), cell: (a) => a.weight, className: 'tabular' },
            ]}
          />
          <PreviewTable
            title={t('changesTitle', { count: preview.counts.changes })}
            total={preview.counts.changes}
            rows={preview.changes}
            rowKey={(c) => c.row}
            columns={[
              { header: t('col.row'), cell: (c) => c.row, className: 'tabular' },
              { header: t('col.unit'), cell: (c) => c.unit },
              { header: t('col.name'), cell: (c) => c.name },
              {
                header: t('col.changes'),
                cell: (c) =>
                  c.fields.map((f) => (
                    <div key={f.field}>
                      {t.has(`fields.${f.field}`) ? t(`fields.${f.field}` as 'fields.name') : f.field}：<s className="text-slate-400">{f.before || '—'}</s> →{' '}
                      {f.after || '—'}
                    </div>
                  )),
              },
            ]}
          />
          {preview.removes.length > 0 && (
            <details open className="text-sm">
              <summary className="cursor-pointer font-medium text-red-700">{t('removesTitle', { count: preview.counts.removes })}</summary>
              <ul className="mt-2 list-inside list-disc">
                {preview.removes.map((r) => (
                  <li key={`${r.unit}/${r.key}`}>
                    {r.unit} · {r.key} · {r.name}
                  </li>
                ))}
              </ul>
              <More shown={preview.removes.length} total={preview.counts.removes} />
            </details>
          )}
        </>
      )}
    />
  );
}
