'use client';
// Upload → column mapping → preview → commit of ledger problems from Excel (components/import/import-flow.tsx does the
// steps). A workbook that is not our template shows the mapping the server proposed (or the one last sent): a <select>
// per field of the workbook's columns, or a fixed value for every row; "preview again" sends the file with it.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { inputCls, secondaryBtn } from '@/components/ui/form-kit';
import type { ProblemField, ProblemMapping } from '@/lib/import/problems-template';
import { ImportFlow, More, PreviewTable, type PreviewBase } from './import-flow';

type Field = ProblemField;
type Mapping = ProblemMapping;

interface Preview extends PreviewBase {
  mapping: { template: boolean; headers: string[]; sample: string[]; used: Mapping };
  counts: { rows: number; adds: number; unchanged: number; errors: number };
  adds: { row: number; ref: string; enterprise: string; title: string; leadUnit: string; dueAt: string }[];
  unchanged: { row: number; ref: string; code: string }[];
}
type Result = { added: number; unchanged: number };

/** The form's fields in the template's order; `choices` offers the fixed values of a closed list. */
export interface FieldOption {
  field: Field;
  required: boolean;
  choices?: string[];
}

const FIXED = '\u0000fixed';
const keyOf = (m: Mapping | null) => JSON.stringify(m ?? null);

export function ProblemsImport({ fields }: { fields: readonly FieldOption[] }) {
  const t = useTranslations('ledgerImport');
  // the mapping the next preview / commit sends: what the last preview used, as edited since (null: let the server propose)
  const [mapping, setMapping] = useState<Mapping | null>(null);
  const [shown, setShown] = useState<Mapping | null>(null);
  const dirty = keyOf(mapping) !== keyOf(shown);

  function edit(field: Field, column: string | null, fixed?: string) {
    setMapping((m) => {
      const base = m ?? { columns: {}, fixed: {} };
      const columns = { ...base.columns };
      const fixedValues = { ...base.fixed };
      delete columns[field];
      delete fixedValues[field];
      if (column) columns[field] = column;
      else if (fixed !== undefined) fixedValues[field] = fixed;
      return { columns, fixed: fixedValues };
    });
  }

  return (
    <ImportFlow<Preview, Result>
      base="/api/import/problems"
      testId="problems-import"
      fields={mapping ? { mapping: JSON.stringify(mapping) } : {}}
      onPreview={(p) => {
        // kept while a corrected file is chosen and sent (the server proposes anew when its columns do not fit)
        if (!p) return;
        const used = p.mapping.template ? null : p.mapping.used;
        setMapping(used);
        setShown(used);
      }}
      hasChanges={(p) => p.counts.adds > 0 && !dirty}
      nothingText={dirty ? t('mapping.dirty') : t('nothing')}
      summary={(p) => t('counts', p.counts)}
      doneText={(r) => t('committed', r)}
      beforePreview={(p, again) =>
        p.mapping.template ? (
          <p className="text-sm text-slate-600" data-testid="mapping-template">
            {t('mapping.templateUsed')}
          </p>
        ) : (
          <details open className="rounded-md border border-slate-200 p-3 text-sm" data-testid="import-mapping">
            <summary className="cursor-pointer font-medium">{t('mapping.title')}</summary>
            <p className="mt-1 text-xs text-slate-500">{t('mapping.hint')}</p>
            <div className="mt-2 grid gap-x-4 gap-y-2 sm:grid-cols-2">
              {fields.map((f) => {
                const m = mapping ?? p.mapping.used;
                const column = m.columns[f.field];
                const fixed = m.fixed[f.field];
                const at = column ? p.mapping.headers.indexOf(column) : -1;
                const label = `${t(`fields.${f.field}`)}${f.required ? ' *' : ''}`;
                return (
                  <div key={f.field} className="min-w-0" data-testid={`map-${f.field}`}>
                    <label className="block text-xs font-medium text-slate-600">
                      {label}
                      <select
                        className={`${inputCls} mt-0.5 w-full`}
                        value={column ?? (fixed !== undefined ? FIXED : '')}
                        aria-required={f.required}
                        onChange={(e) => {
                          const v = e.target.value;
                          if (v === FIXED) edit(f.field, null, fixed ?? f.choices?.[0] ?? '');
                          else edit(f.field, v || null);
                        }}
                      >
                        <option value="">{t('mapping.none')}</option>
                        {p.mapping.headers.map((h, i) =>
                          h ? (
                            <option key={i} value={h}>
                              {h}
                            </option>
                          ) : null,
                        )}
                        <option value={FIXED}>{t('mapping.fixed')}</option>
                      </select>
                    </label>
                    {fixed !== undefined && !column && (
                      <label className="mt-1 block">
                        <span className="sr-only">{t('mapping.fixedValue', { field: t(`fields.${f.field}`) })}</span>
                        {f.choices ? (
                          <select className={`${inputCls} w-full`} value={fixed} onChange={(e) => edit(f.field, null, e.target.value)}>
                            {f.choices.map((c) => (
                              <option key={c}>{c}</option>
                            ))}
                          </select>
                        ) : (
                          <input className={`${inputCls} w-full`} value={fixed} maxLength={80} onChange={(e) => edit(f.field, null, e.target.value)} />
                        )}
                      </label>
                    )}
                    {at >= 0 && p.mapping.sample[at] && (
                      <p className="mt-0.5 truncate text-xs text-slate-500" title={p.mapping.sample[at]}>
                        {t('mapping.sample')}：{p.mapping.sample[at]}
                      </p>
                    )}
                  </div>
                );
              })}
            </div>
            <div className="mt-3 flex flex-wrap items-center gap-3">
              <button type="button" className={secondaryBtn} onClick={again} data-testid="mapping-again">
                {t('mapping.again')}
              </button>
              {dirty && <span className="text-xs text-amber-700">{t('mapping.dirty')}</span>}
            </div>
          </details>
        )
      }
      renderPreview={(preview) => (
        <>
          <PreviewTable
            title={t('addsTitle', { count: preview.counts.adds })}
            total={preview.counts.adds}
            rows={preview.adds}
            rowKey={(a) => a.row}
            minWidth="min-w-[560px]"
            testId="import-adds"
            columns={[
              { header: t('col.row'), cell: (a) => a.row, className: 'tabular' },
              { header: t('col.ref'), cell: (a) => a.ref, className: 'tabular' },
              { header: t('col.enterprise'), cell: (a) => a.enterprise },
              { header: t('col.title'), cell: (a) => a.title },
              { header: t('col.leadUnit'), cell: (a) => a.leadUnit },
              { header: t('col.dueAt'), cell: (a) => a.dueAt, className: 'tabular whitespace-nowrap' },
            ]}
          />
          {preview.unchanged.length > 0 && (
            <details className="text-sm">
              <summary className="cursor-pointer font-medium text-slate-600">{t('unchangedTitle', { count: preview.counts.unchanged })}</summary>
              <ul className="mt-2 list-inside list-disc">
                {preview.unchanged.map((u) => (
                  <li key={u.row}>
                    {u.ref} → {u.code}
                  </li>
                ))}
              </ul>
              <More shown={preview.unchanged.length} total={preview.counts.unchanged} />
            </details>
          )}
        </>
      )}
    />
  );
}
