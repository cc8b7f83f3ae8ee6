'use client';
// Admin: publish a period's results (freezes them), or correct published results with a stated reason.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { correctAction, publishAction } from '@/lib/leaderboard/actions';
import type { ActionResult } from '@/lib/actions/result';

export function PublicationPanel({ periodId, mode }: { periodId: string; mode: 'publish' | 'correct' }) {
  const t = useTranslations('leaderboardPublication');
  const te = useTranslations('actionErrors');
  const tv = useTranslations('validation');
  const router = useRouter();
  const [reason, setReason] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();

  const run = (action: () => Promise<ActionResult<{ version: number }>>) =>
    start(async () => {
      try {
        const res = await action();
        if (res.ok) {
          setMessage({ ok: true, text: t(mode === 'publish' ? 'published' : 'corrected', { version: res.data.version }) });
          setConfirming(false);
          setReason('');
          router.refresh();
        } else {
          const field = res.fieldErrors?.reason?.[0];
          setMessage({ ok: false, text: field ? tv(field) : te.has(res.error) ? te(res.error, res.params as Record<string, string>) : te('serverError') });
        }
      } catch {
        setMessage({ ok: false, text: te('serverError') });
      }
    });

  return (
    <div className="no-print rounded-lg border border-slate-200 bg-white p-4 text-sm" data-testid="publication-panel">
      {mode === 'publish' ? (
        <div className="flex flex-wrap items-center gap-3">
          <span className="text-slate-600">{t('publishHint')}</span>
          {confirming ? (
            <>
              <button
                type="button"
                disabled={pending}
                onClick={() => run(() => publishAction({ periodId }))}
                className="rounded-md bg-brand-600 px-3 py-1.5 font-semibold text-white disabled:opacity-60"
              >
                {t('confirmPublish')}
              </button>
              <button type="button" onClick={() => setConfirming(false)} className="text-slate-500 underline">
                {t('cancel')}
              </button>
            </>
          ) : (
            <button type="button" onClick={() => setConfirming(true)} className="rounded-md border border-brand-600 px-3 py-1.5 font-semibold text-brand-700">
              {t('publish')}
            </button>
          )}
        </div>
      ) : (
        <form
          className="flex flex-wrap items-end gap-2"
          onSubmit={(e) => {
            e.preventDefault();
            run(() => correctAction({ periodId, reason }));
          }}
        >
          <label className="flex min-w-[16rem] flex-1 flex-col gap-1">
            <span className="text-slate-600">{t('reason')}</span>
            <input
              value={reason}
              maxLength={300}
              onChange={(e) => setReason(e.target.value)}
              placeholder={t('reasonPlaceholder')}
              className="rounded-md border border-slate-300 px-2 py-1.5"
            />
          </label>
          <button type="submit" disabled={pending} className="rounded-md border border-amber-600 px-3 py-1.5 font-semibold text-amber-700 disabled:opacity-60">
            {t('correct')}
          </button>
        </form>
      )}
      {message && (
        <p role={message.ok ? 'status' : 'alert'} className={`mt-2 ${message.ok ? 'text-green-700' : 'text-red-600'}`}>
          {message.text}
        </p>
      )}
    </div>
  );
}
