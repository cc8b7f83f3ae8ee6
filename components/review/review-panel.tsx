'use client';
// The review office's decision on a submitted submission: return with a comment the unit sees, or approve (locks it).
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { approveAction, returnAction } from '@/lib/review/actions';
import type { ActionResult } from '@/lib/actions/result';
import { LimitedText } from '../submission/limited-text';

const COMMENT_MAX = 500;

export function ReviewPanel({ submissionId, version }: { submissionId: string; version: number }) {
  const t = useTranslations('review');
  const te = useTranslations('actionErrors');
  const tv = useTranslations('validation');
  const router = useRouter();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, start] = useTransition();

  const run = (action: () => Promise<ActionResult<unknown>>) =>
    start(async () => {
      setError(null);
      try {
        const res = await action();
        if (res.ok) {
          router.refresh();
          return;
        }
        const field = res.fieldErrors?.comment?.[0];
        setError(field ? tv(field) : te.has(res.error) ? te(res.error, res.params as Record<string, string>) : te('serverError'));
      } catch {
        setError(te('serverError'));
      }
    });

  return (
    // after the content it judges, and kept in view at the bottom of the screen while the reviewer reads
    <section
      className="sticky bottom-0 z-10 rounded-lg border-2 border-brand-100 bg-white p-4 shadow-[0_-4px_12px_rgba(0,0,0,0.08)] sm:p-5"
      data-testid="review-panel"
    >
      <h2 className="mb-2 text-base font-semibold">{t('panelTitle')}</h2>
      <label htmlFor="review-comment" className="mb-1 block text-sm text-slate-600">
        {t('comment')}
      </label>
      <LimitedText
        multiline
        id="review-comment"
        value={comment}
        max={COMMENT_MAX}
        onChange={setComment}
        placeholder={t('commentPlaceholder')}
        className="min-h-[5rem] w-full rounded-md border border-slate-300 px-2.5 py-1.5 text-sm outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100"
      />
      {error && (
        <p role="alert" className="mt-2 text-sm text-red-600">
          {error}
        </p>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <button
          type="button"
          disabled={pending || comment.trim().length > COMMENT_MAX}
          onClick={() => run(() => returnAction({ submissionId, version, comment }))}
          className="rounded-md border border-amber-500 px-4 py-1.5 text-sm font-semibold text-amber-700 hover:bg-amber-50 disabled:opacity-60"
        >
          {t('return')}
        </button>
        <button
          type="button"
          disabled={pending}
          onClick={() => run(() => approveAction({ submissionId, version }))}
          className="rounded-md bg-emerald-600 px-4 py-1.5 text-sm font-semibold text-white hover:bg-emerald-700 disabled:opacity-60"
        >
          {t('approve')}
        </button>
      </div>
    </section>
  );
}
