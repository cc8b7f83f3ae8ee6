'use client';
// One record's evidence files (佐证材料): the list with preview/download links and, while the record is open, an upload
// control with progress and the server's Chinese refusal, and a delete button. The file goes up as the request body
// (POST /api/evidence), so nothing parses or copies it in the browser.
import { useRouter } from 'next/navigation';
import { useFormatter, useTranslations } from 'next-intl';
import { useId, useRef, useState } from 'react';
import { formatters } from '@/components/ui/format';
import { EVIDENCE_ACCEPT, EVIDENCE_MAX_BYTES, formatSize } from '@/lib/evidence/rules';

export interface EvidenceFileView {
  id: string;
  fileName: string;
  size: number;
  inline: boolean;
  uploadedByName: string;
  createdAt: string;
}

interface Props {
  target: { kind: 'indicator' | 'measure' | 'problem'; id: string };
  files: EvidenceFileView[];
  editable: boolean;
  /** the label of the record, for the upload control's accessible name */
  label: string;
}

export function EvidenceFiles({ target, files, editable, label }: Props) {
  const t = useTranslations('evidence');
  const te = useTranslations('actionErrors');
  const format = useFormatter();
  const router = useRouter();
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [progress, setProgress] = useState<{ name: string; pct: number } | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<string | null>(null);

  const upload = (file: File) => {
    setError(null);
    // the server checks again; these two only spare a pointless upload
    if (file.size === 0) return setError(te('evidenceEmpty'));
    if (file.size > EVIDENCE_MAX_BYTES) return setError(te('evidenceTooLarge'));
    const xhr = new XMLHttpRequest();
    xhr.open('POST', `/api/evidence?${target.kind}Id=${encodeURIComponent(target.id)}&name=${encodeURIComponent(file.name)}`);
    xhr.setRequestHeader('Content-Type', 'application/octet-stream');
    xhr.upload.onprogress = (e) => e.lengthComputable && setProgress({ name: file.name, pct: Math.round((e.loaded / e.total) * 100) });
    xhr.onload = () => {
      setProgress(null);
      if (input.current) input.current.value = '';
      let body: { ok?: boolean; message?: string } = {};
      try {
        body = JSON.parse(xhr.responseText) as typeof body;
      } catch {
        // not JSON: a proxy's error page
      }
      if (xhr.status < 300 && body.ok) router.refresh();
      else setError(body.message ?? te('serverError'));
    };
    xhr.onerror = () => {
      setProgress(null);
      setError(t('networkError'));
    };
    setProgress({ name: file.name, pct: 0 });
    xhr.send(file);
  };

  const remove = async (f: EvidenceFileView) => {
    if (!window.confirm(t('deleteConfirm', { name: f.fileName }))) return;
    setError(null);
    setDeleting(f.id);
    try {
      const res = await fetch(`/api/evidence/${encodeURIComponent(f.id)}`, { method: 'DELETE' });
      const body = (await res.json().catch(() => ({}))) as { ok?: boolean; message?: string };
      if (res.ok && body.ok) router.refresh();
      else setError(body.message ?? te('serverError'));
    } catch {
      setError(t('networkError'));
    } finally {
      setDeleting(null);
    }
  };

  return (
    <div className="space-y-1.5 text-sm" data-testid={`evidence-${target.id}`}>
      {files.length === 0 ? (
        <p className="text-slate-400">{t('none')}</p>
      ) : (
        <ul className="space-y-1">
          {files.map((f) => (
            <li key={f.id} className="flex flex-wrap items-baseline gap-x-2 gap-y-0.5 break-words [overflow-wrap:anywhere]">
              <a
                href={`/api/evidence/${f.id}`}
                target="_blank"
                rel="noopener"
                className="font-medium text-brand-700 hover:underline"
                data-testid="evidence-link"
              >
                {f.fileName}
              </a>
              <span className="text-xs text-slate-500">
                {t('meta', {
                  size: formatSize(f.size),
                  by: f.uploadedByName,
                  at: formatters(format).dateTime(new Date(f.createdAt)),
                })}
              </span>
              <span className="text-xs">
                {f.inline && (
                  <a href={`/api/evidence/${f.id}`} target="_blank" rel="noopener" className="mr-2 text-brand-700 hover:underline">
                    {t('preview')}
                  </a>
                )}
                <a href={`/api/evidence/${f.id}?download=1`} className="text-brand-700 hover:underline">
                  {t('download')}
                </a>
                {editable && (
                  <button
                    type="button"
                    className="ml-2 text-red-600 hover:underline disabled:opacity-50"
                    disabled={deleting !== null}
                    onClick={() => void remove(f)}
                  >
                    {deleting === f.id ? t('deleting') : t('delete')}
                  </button>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      {editable && (
        <div>
          <label
            htmlFor={inputId}
            title={t('sub')}
            className="inline-flex cursor-pointer items-center rounded-md border border-brand-200 bg-brand-50 px-2.5 py-1 text-xs font-medium text-brand-700 hover:bg-brand-100"
          >
            {t('choose')}
          </label>
          <input
            id={inputId}
            ref={input}
            type="file"
            accept={EVIDENCE_ACCEPT}
            aria-label={`${t('choose')}：${label}`}
            className="sr-only"
            disabled={progress !== null}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) upload(file);
            }}
          />
          {progress && (
            <span className="ml-2 text-xs text-slate-600" role="status">
              {t('uploading', { name: progress.name, pct: progress.pct })}
            </span>
          )}
        </div>
      )}
      {error && (
        <p className="text-xs text-red-600" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
