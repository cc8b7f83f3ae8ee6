'use client';
// The browser half of every Excel import: template link, file choice, upload → preview → commit, the errors table
// and the marked-up workbook. The browser keeps the File between preview and commit and sends it again with the
// preview's hash and data version (lib/import/route.server.ts); nothing waits on the server in between.
// A kind supplies its API base and renders its own preview body (what will be added / changed / removed).
import { useTranslations } from 'next-intl';
import { useRef, useState, type ReactNode } from 'react';
import { primaryBtn, secondaryBtn } from '@/components/ui/form-kit';

export interface ImportIssueView {
  sheet: string;
  row: number;
  column: string;
  value: string;
  message: string;
}

/** What every preview carries; a kind adds its lists. */
export interface PreviewBase {
  fileName: string;
  hash: string;
  dataVersion: string;
  counts: { errors: number } & Record<string, number>;
  errors: ImportIssueView[];
}

type Answer<T> = { ok: true; data: T } | { ok: false; error: string; message: string };

export const th = 'whitespace-nowrap border-b border-slate-200 py-1.5 pr-3 text-left text-xs font-medium text-slate-500';
export const td = 'border-b border-slate-100 py-1.5 pr-3 align-top';

/** "showing 500 of 10,000" under a cut list. */
export function More({ shown, total }: { shown: number; total: number }) {
  const t = useTranslations('excelImport');
  return total > shown ? <p className="mt-1 text-xs text-slate-500">{t('more', { shown, total })}</p> : null;
}

export function ImportFlow<P extends PreviewBase, R extends Record<string, number>>(props: {
  /** API base: `${base}/template|preview|errors|commit` */
  base: string;
  testId: string;
  /** extra multipart fields sent with preview, errors and commit (e.g. a column mapping) */
  fields?: Record<string, string>;
  /** shown under the upload controls before anything is chosen (e.g. what the template holds) */
  hint?: ReactNode;
  /** can the preview be committed (beyond "no errors")? */
  hasChanges: (p: P) => boolean;
  /** the counts line under the preview's title */
  summary: (p: P) => ReactNode;
  renderPreview: (p: P) => ReactNode;
  /** shown above the preview's counts (e.g. a column mapping); `again` previews the same file once more */
  beforePreview?: (p: P, again: () => void) => ReactNode;
  /** every time the preview is shown or cleared (a new file, a new upload) */
  onPreview?: (p: P | null) => void;
  /** instead of "nothing to import" (excelImport.nothing) */
  nothingText?: string;
  doneText: (r: R) => string;
  /** after a successful commit (e.g. router.refresh()) */
  onCommitted?: (r: R) => void;
}) {
  const t = useTranslations('excelImport');
  const input = useRef<HTMLInputElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState<'upload' | 'commit' | 'errors' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [preview, setPreviewState] = useState<P | null>(null);
  const setPreview = (p: P | null) => {
    setPreviewState(p);
    props.onPreview?.(p);
  };
  const [done, setDone] = useState<R | null>(null);

  async function post<T>(step: string, f: File, extra: Record<string, string> = {}): Promise<Answer<T> | Blob> {
    const body = new FormData();
    body.set('file', f);
    for (const [k, v] of Object.entries({ ...props.fields, ...extra })) body.set(k, v);
    const res = await fetch(`${props.base}/${step}`, { method: 'POST', body });
    const type = res.headers.get('content-type') ?? '';
    if (res.ok && !type.includes('json')) return res.blob();
    try {
      return (await res.json()) as Answer<T>;
    } catch {
      return { ok: false, error: 'serverError', message: t('refusals.serverError') };
    }
  }

  /** Run one step with the busy flag; a refusal or a network failure shows its message and keeps the file. */
  async function step<T>(name: 'upload' | 'commit', f: File, extra: Record<string, string>, then: (data: T) => void) {
    setFailure(null);
    setBusy(name);
    try {
      const r = await post<T>(name === 'upload' ? 'preview' : 'commit', f, extra);
      if (r instanceof Blob) return;
      if (r.ok) then(r.data);
      else setFailure(r.message);
    } catch {
      setFailure(t('refusals.serverError'));
    } finally {
      setBusy(null);
    }
  }

  function upload() {
    setDone(null);
    setPreview(null);
    if (!file) return setFailure(t('file.noFile'));
    return step<P>('upload', file, {}, setPreview);
  }

  function commit() {
    if (!file || !preview) return;
    return step<R>('commit', file, { hash: preview.hash, dataVersion: preview.dataVersion }, (data) => {
      setDone(data);
      setPreview(null);
      setFile(null);
      if (input.current) input.current.value = '';
      props.onCommitted?.(data);
    });
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

  const changes = preview ? props.hasChanges(preview) : false;

  return (
    <div className="space-y-4" data-testid={props.testId}>
      <div className="flex flex-wrap items-center gap-3">
        <a href={`${props.base}/template`} className={secondaryBtn} data-testid="template-download" download>
          {t('download')}
        </a>
      </div>
      {props.hint}
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
          {props.doneText(done)}
        </p>
      )}
      {preview && (
        <section className="space-y-4" data-testid="import-preview">
          <h3 className="font-semibold">{t('previewTitle', { file: preview.fileName })}</h3>
          {props.beforePreview?.(preview, upload)}
          <p className="text-sm" data-testid="import-counts">
            {props.summary(preview)}
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
              <More shown={preview.errors.length} total={preview.counts.errors} />
            </div>
          )}
          {preview.counts.errors === 0 && !changes && <p className="text-sm text-slate-600">{props.nothingText ?? t('nothing')}</p>}
          {props.renderPreview(preview)}
          {preview.counts.errors === 0 && changes && (
            <button type="button" className={primaryBtn} disabled={busy !== null} onClick={commit} data-testid="import-commit">
              {busy === 'commit' ? t('committing') : t('commit')}
            </button>
          )}
        </section>
      )}
    </div>
  );
}

export interface PreviewColumn<T> {
  header: string;
  cell: (row: T) => ReactNode;
  /** extra classes for the cell (e.g. 'tabular', 'whitespace-nowrap') */
  className?: string;
}

/** One list of a preview (added, changed, …): an open section with a table, cut at what the server sent. */
export function PreviewTable<T>(props: {
  title: string;
  total: number;
  rows: readonly T[];
  rowKey: (row: T) => string | number;
  columns: readonly (PreviewColumn<T> | false)[];
  minWidth?: string;
  testId?: string;
  rowTestId?: string;
}) {
  if (props.rows.length === 0) return null;
  const columns = props.columns.filter((c): c is PreviewColumn<T> => c !== false);
  return (
    <details open className="text-sm">
      <summary className="cursor-pointer font-medium">{props.title}</summary>
      <div className="mt-2 overflow-x-auto">
        <table className={`w-full ${props.minWidth ?? 'min-w-[480px]'}`} data-testid={props.testId}>
          <thead>
            <tr>
              {columns.map((c) => (
                <th key={c.header} className={th}>
                  {c.header}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.rows.map((r) => (
              <tr key={props.rowKey(r)} data-testid={props.rowTestId}>
                {columns.map((c) => (
                  <td key={c.header} className={c.className ? `${td} ${c.className}` : td}>
                    {c.cell(r)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <More shown={props.rows.length} total={props.total} />
    </details>
  );
}
