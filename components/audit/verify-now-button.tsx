'use client';
// 立即全量校验: starts a full verification of the audit log and says how it ended (the page then shows the new result).
import { useState, useTransition } from 'react';
import { verifyAuditChainNowAction } from '@/lib/audit/verify-action';

export interface VerifyNowLabels {
  start: string;
  running: string;
  /** with "{rows}" left in */
  doneOk: string;
  doneBroken: string;
  failed: string;
}

/** The labels come translated from the page (this namespace is not sent to the browser). */
export function VerifyNowButton({ labels }: { labels: VerifyNowLabels }) {
  const [pending, start] = useTransition();
  const [message, setMessage] = useState<string | null>(null);
  return (
    <div className="flex flex-wrap items-center gap-3">
      <button
        type="button"
        disabled={pending}
        onClick={() =>
          start(async () => {
            setMessage(null);
            const r = await verifyAuditChainNowAction({ confirm: true });
            if (r.ok) setMessage(r.data.ok ? labels.doneOk.replace('{rows}', String(r.data.rows)) : labels.doneBroken);
            else setMessage(labels.failed);
          })
        }
        className="rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm font-medium text-slate-800 hover:bg-slate-50 disabled:opacity-60"
        data-testid="audit-verify-now"
      >
        {pending ? labels.running : labels.start}
      </button>
      <span role="status" className="text-sm text-slate-700" data-testid="audit-verify-message">
        {message}
      </span>
    </div>
  );
}
