'use client';
// Upload → preview → commit of a period's indicator setup from Excel. The browser keeps the file between preview and
// commit and sends it again with the preview's hash and data version (lib/import/setup.server.ts says why).
import { useTranslations } from 'next-intl';
import { useRef, useState } from 'react';
import { primaryBtn, secondaryBtn } from '@/components/ui/form-kit';

interface Issue {
  sheet: string;
  row: number;
  column: string;
  value: string;
  message: string;
}
interface Preview {
  fileName: string;
  hash: string;
  dataVersion: string;
  counts: { rows: number; adds: number; changes: number; removes: number; unchanged: number; errors: number };
  adds: { row: number; unit: string; key: string; name: string; weight: number }[];
  changes: { row: number; unit: string; key: string; name: string; fields: { field: string; before: string; after: string }[] }[];
  removes: { unit: string; key: string; name: string }[];
  errors: Issue[];
}
type Answer<T> = { ok: true; data: T } | { ok: false; error: string; message: string };

const th = 'whitespace-nowrap border-b border-slate-200 py-1.5 pr-3 text-left text-xs font-medium text-slate-500';
const td = 'border-b border-slate-100 py-1.5 pr-3 align-top';

export function SetupImport({ periodId }: { periodId: string }) {
  const t = useTranslations('excelImport');
  const base = `/api/import/periods/${periodId}/setup`;
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'upload' | 'commit' | 'errors' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [done, setDone] = useState<{ added: number; changed: number; removed: number } | null>(null);

  async function post<T>(step: string, f: File, extra: Record<string, string> = {}): Promise<Answer<T> | Blob> {
    const body = new FormData();
    body.set('file', f);
    for (const [k, v] of Object.entries(extra)) body.set(k, v);
    const res = await fetch(`${base}/${step}`, { method: 'POST', body });
    const type = res.headers.get('content-type') ?? '';
    if (res.ok && !type.includes('json')) return res.blob();
    try {
      return (await res.json()) as Answer<T>;
    } catch {
      return { ok: false, error: 'serverError', message: t('refusals.serverError') };
    }
  }

  async function upload() {
    setFailure(null);
    setDone(null);
    setPreview(null);
    if (!file) return setFailure(t('file.noFile'));
    setBusy('upload');
    try {
      const r = await post<Preview>('preview', file);
      if (r instanceof Blob) return;
      if (r.ok) setPreview(r.data);
      else setFailure(r.message);
    } catch {
      setFailure(t('refusals.serverError'));
    } finally {
      setBusy(null);
    }
  }

  async function commit() {
    if (!file || !preview) return;
    setFailure(null);
    setBusy('commit');
    try {
      const r = await post<{ added: number; changed: number; removed: number }>('commit', file, { hash: preview.hash, dataVersion: preview.dataVersion });
      if (r instanceof Blob) return;
      if (r.ok) {
        setDone(r.data);
        setPreview(null);
        setFile(null);
        if (input.current) input.current.value = '';
      } else setFailure(r.message);
    } catch {
      setFailure(t('refusals.serverError'));
    } finally {
      setBusy(null);
    }
  }

  async function downloadErrors() {
    if (!file) return;
    setBusy('errors');
    try {
      const r = await post('errors', file);
      if (!(r instanceof Blob)) return setFailure(r.ok ? null : r.message);
      const url = URL.createObjectURL(r);
      const a = document.createElement('a');
      a.href = url;
      a.download = file.name.replace(/\.xlsx$/i, '') + '-错误标注.xlsx';
      a.click();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } finally {
      setBusy(null);
    }
  }

  const more = (shown: number, total: number) => total > shown && <p className="mt-1 text-xs text-slate-500">{t('more', { shown, total })}</p>;
  const nothing = preview && preview.counts.errors === 0 && preview.counts.adds + preview.counts.changes + preview.counts.removes === 0;

  return (
    <div className="space-y-4" data-testid="setup-import">
      <div className="flex flex-wrap items-center gap-3">
        <a href={`${base}/template`} className={secondaryBtn} data-testid="template-download" download>
          {t('download')}
        </a>
      </div>
      <div className="flex flex-wrap items-center gap-3">
        <label className="text-sm">
          <span className="sr-only">{t('choose')}</span>
          <input
            ref={input}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="import-file"
            className="block max-w-full text-sm file:mr-3 file:rounded-md file:border file:border-slate-300 file:bg-white file:px-3 file:py-1.5 file:text-sm"
            onChange={(e) => {
              setFile(e.target.files?.[0] ?? null);
              setPreview(null);
              setFailure(null);
            }}
          />
        </label>
        <button type="button" className={primaryBtn} disabled={busy !== null} onClick={upload} data-testid="import-upload">
          {busy === 'upload' ? t('uploading') : t('upload')}
        </button>
      </div>
      {failure && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="import-failure">
          {failure}
        </p>
      )}
      {done && (
        <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800" data-testid="import-done">
          {t('committed', done)}
        </p>
      )}
      {preview && (
        <section className="space-y-4" data-testid="import-preview">
          <h3 className="font-semibold">{t('previewTitle', { file: preview.fileName })}</h3>
          <p className="text-sm" data-testid="import-counts">
            {t('counts', preview.counts)}
          </p>
          {preview.counts.errors > 0 && (
            <div className="rounded-md border border-red-200 bg-red-50/40 p-3">
              <div className="mb-2 flex flex-wrap items-center justify-between gap-2">
                <h4 className="text-sm font-semibold text-red-700">{t('errorsTitle', { count: preview.counts.errors })}</h4>
                <button type="button" className={secondaryBtn} disabled={busy !== null} onClick={downloadErrors} data-testid="import-errors-download">
                  {t('downloadErrors')}
                </button>
              </div>
              <div className="overflow-x-auto">
                <table className="w-full min-w-[560px] text-sm" data-testid="import-errors">
                  <thead>
                    <tr>
                      <th className={th}>{t('col.sheet')}</th>
                      <th className={th}>{t('col.row')}</th>
                      <th className={th}>{t('col.column')}</th>
                      <th className={th}>{t('col.value')}</th>
                      <th className={th}>{t('col.message')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {preview.errors.map((e, i) => (
                      <tr key={i} data-testid="import-error-row">
                        <td className={td}>{e.sheet}</td>
                        <td className={`${td} tabular`}>{e.row || ''}</td>
                        <td className={td}>{e.column}</td>
                        <td className={`${td} max-w-[12rem] break-all`}>{e.value}</td>
                        <td className={`${td} text-red-700`}>{e.message}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
              {more(preview.errors.length, preview.counts.errors)}
            </div>
          )}
          {nothing && <p className="text-sm text-slate-600">{t('nothing')}</p>}
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
              {more(preview.adds.length, preview.counts.adds)}
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
              {more(preview.changes.length, preview.counts.changes)}
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
              {more(preview.removes.length, preview.counts.removes)}
            </details>
          )}
          {preview.counts.errors === 0 && !nothing && (
            <button type="button" className={primaryBtn} disabled={busy !== null} onClick={commit} data-testid="import-commit">
              {busy === 'commit' ? t('committing') : t('commit')}
            </button>
          )}
        </section>
      )}
    </div>
  );
}
