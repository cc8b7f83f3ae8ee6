'use client';
// Client helpers of the preparation forms: local edits that follow the server after a refresh, and a two-step button.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { primaryBtn, secondaryBtn } from '@/components/setup/form-kit';

/**
 * Local state seeded from server data. When `signature` (a digest of the server data) changes — after a
 * save refreshed the page, or someone else's change — the local edits are replaced by the new data; a
 * failed save changes nothing on the server, so what the user selected stays.
 */
export function useServerState<T>(value: T, signature: string) {
  const [state, setState] = useState(value);
  const [seen, setSeen] = useState(signature);
  if (seen !== signature) {
    setSeen(signature);
    setState(value);
  }
  return [state, setState] as const;
}

/** A button that, when `ask` is set, asks once more before running; each step carries its own test id. */
export function TwoStepButton({
  label,
  pendingLabel,
  question,
  confirmLabel,
  ask,
  pending,
  disabled,
  onRun,
  className,
  testId,
}: {
  label: string;
  pendingLabel: string;
  question: string;
  confirmLabel: string;
  ask: boolean;
  pending: boolean;
  disabled?: boolean;
  onRun: () => void;
  className: string;
  testId: string;
}) {
  const t = useTranslations('arenaPrep.common');
  const [asking, setAsking] = useState(false);
  if (asking)
    return (
      <div role="group" className="flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 p-2" data-testid={`${testId}-confirm-box`}>
        <span className="text-sm text-amber-900">{question}</span>
        <button
          type="button"
          className={primaryBtn}
          data-testid={`${testId}-confirm`}
          autoFocus
          onClick={() => {
            setAsking(false);
            onRun();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className={secondaryBtn} onClick={() => setAsking(false)}>
          {t('cancel')}
        </button>
      </div>
    );
  return (
    <button type="button" className={className} disabled={disabled || pending} data-testid={testId} onClick={() => (ask ? setAsking(true) : onRun())}>
      {pending ? pendingLabel : label}
    </button>
  );
}
