'use client';
// Shared pieces of every form: calling a server action with pending state, general and per-field errors, inputs,
// button styles. The confirm-once button is ./confirm-button.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { startTransition, useId, useState, useTransition } from 'react';
import type { ActionResult, FieldErrors } from '@/lib/actions/result';

export const inputCls =
  'w-full rounded-md border border-slate-300 bg-white px-2.5 py-1.5 text-sm outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100 disabled:bg-slate-100 disabled:text-slate-500 aria-[invalid=true]:border-red-500';
export const primaryBtn = 'rounded-md bg-brand-600 px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-700 disabled:opacity-60';
export const secondaryBtn = 'rounded-md border border-slate-300 bg-white px-3 py-1.5 text-sm text-slate-700 hover:bg-slate-50 disabled:opacity-60';
export const dangerBtn = 'rounded-md border border-red-300 bg-white px-3 py-1.5 text-sm text-red-700 hover:bg-red-50 disabled:opacity-60';

export type Failure = { error: string; params?: Record<string, string | number>; fieldErrors?: FieldErrors };

/**
 * Run a server action in a transition. On success the page's server data is refreshed and `onOk` runs;
 * on failure the general error and field errors are kept for display (what the user typed stays).
 */
export function useSetupAction<I, R>(action: (input: I) => Promise<ActionResult<R>>) {
  const router = useRouter();
  const [pending, start] = useTransition();
  const [failure, setFailure] = useState<Failure | null>(null);
  const run = (input: I, onOk?: (data: R) => void) =>
    start(async () => {
      try {
        const r = await action(input);
        // updates after an await must be marked as a transition again, so they commit with the refreshed data
        startTransition(() => {
          if (r.ok) {
            setFailure(null);
            onOk?.(r.data);
            router.refresh();
          } else setFailure(r);
        });
      } catch {
        startTransition(() => setFailure({ error: 'serverError' }));
      }
    });
  return { pending, failure, run, clear: () => setFailure(null) };
}

/** The first message for a field, resolved from validation.* or actionErrors.* keys. */
export function useFieldMessage(failure: Failure | null) {
  const t = useTranslations();
  return (field: string): string | null => {
    const key = failure?.fieldErrors?.[field]?.[0];
    if (!key) return null;
    if (t.has(`validation.${key}`)) return t(`validation.${key}`);
    if (t.has(`actionErrors.${key}`)) return t(`actionErrors.${key}`);
    // a feature's own message, named in full (e.g. ledger.errors.ledgerUnitPercent)
    if (key.includes('.') && t.has(key)) return t(key);
    return t('validation.invalid');
  };
}

export function FormError({ failure }: { failure: Failure | null }) {
  const t = useTranslations('actionErrors');
  if (!failure) return null;
  const text = t.has(failure.error) ? t(failure.error, failure.params as Record<string, string>) : t('serverError');
  return (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="form-error">
      {text}
    </p>
  );
}

export function FormNotice({ children }: { children: React.ReactNode }) {
  return (
    <p role="status" className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800" data-testid="form-notice">
      {children}
    </p>
  );
}

/** A labelled input with its error beside it; `render` receives the id and aria props to spread. */
export function Field({
  label,
  hint,
  error,
  className = '',
  children,
}: {
  label: React.ReactNode;
  hint?: React.ReactNode;
  error?: string | null;
  className?: string;
  children: (props: { id: string; 'aria-invalid': boolean; 'aria-describedby'?: string }) => React.ReactNode;
}) {
  const id = useId();
  const errId = `${id}-err`;
  return (
    <div className={`flex min-w-0 flex-col gap-1 text-sm ${className}`}>
      <label htmlFor={id} className="font-medium text-slate-700">
        {label}
      </label>
      {children({ id, 'aria-invalid': Boolean(error), 'aria-describedby': error ? errId : undefined })}
      {hint && !error && <span className="text-xs text-slate-500">{hint}</span>}
      {error && (
        <span id={errId} className="text-xs text-red-600" data-testid="field-error">
          {error}
        </span>
      )}
    </div>
  );
}

/** A form's submit button (its `pendingLabel` while the action runs) and, given `onCancel`, a cancel button beside it. */
export function FormButtons({
  label,
  pendingLabel,
  pending,
  cancelLabel,
  onCancel,
}: {
  label: string;
  pendingLabel: string;
  pending: boolean;
  cancelLabel?: string;
  onCancel?: () => void;
}) {
  return (
    <div className="flex gap-2">
      <button type="submit" className={primaryBtn} disabled={pending}>
        {pending ? pendingLabel : label}
      </button>
      {onCancel && (
        <button type="button" className={secondaryBtn} onClick={onCancel}>
          {cancelLabel}
        </button>
      )}
    </div>
  );
}
