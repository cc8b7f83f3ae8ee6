'use client';
// Upload → preview → commit of a period's indicator setup from Excel (components/import/import-flow.tsx does the
// steps; this renders what the setup preview lists).
import { useTranslations } from 'next-intl';
import { ImportFlow, More, td, th, type PreviewBase } from './import-flow';

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
          {preview.adds.length > 0 && (
            <details open className="text-sm">
              <summary className="cursor-pointer font-medium">{t('addsTitle', { count: preview.counts.adds })}</summary>
              <div className="mt-2 overflow-x-auto">
                <table className="w-full min-w-[480px]">
                  <thead>
                    <tr>
                      <th className={th}>{t('col.row')}</th>
                      <th className={th}>{t('col.unit')}</th>
                      <th className={th}>{t('col.key')}</th>
                      <th className={th}>{t('col.name')}</th>
                      <th className={th}>{t('col.weight')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.adds.map((a) => (
                      <tr key={a.row}>
                        <td className={`${td} tabular`}>{a.row}</td>
                        <td className={td}>{a.unit}</td>
                        <td className={td}>{a.key}</td>
                        <td className={td}>{a.name}</td>
                        <td className={`${td} tabular`}>{a.weight}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <More shown={preview.adds.length} total={preview.counts.adds} />
            </details>
          )}
          {preview.changes.length > 0 && (
            <details open className="text-sm">
              <summary className="cursor-pointer font-medium">{t('changesTitle', { count: preview.counts.changes })}</summary>
              <div className="mt-2 overflow-x-auto">
                <table className="w-full min-w-[480px]">
                  <thead>
                    <tr>
                      <th className={th}>{t('col.row')}</th>
                      <th className={th}>{t('col.unit')}</th>
                      <th className={th}>{t('col.name')}</th>
                      <th className={th}>{t('col.changes')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.changes.map((c) => (
                      <tr key={c.row}>
                        <td className={`${td} tabular`}>{c.row}</td>
                        <td className={td}>{c.unit}</td>
                        <td className={td}>{c.name}</td>
                        <td className={td}>
                          {c.fields.map((f) => (
                            <div key={f.field}>
                              {t.has(`fields.${f.field}`) ? t(`fields.${f.field}` as 'fields.name') : f.field}：
                              <s className="text-slate-400">{f.before || '—'}</s> → {f.after || '—'}
                            </div>
                          ))}
                        </td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              <More shown={preview.changes.length} total={preview.counts.changes} />
            </details>
          )}
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
