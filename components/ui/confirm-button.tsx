'use client';
// The one button for changes worth a second thought (state transitions, disabling, deleting, starting, re-drawing):
// the first click asks, the second runs. `ask={false}` runs at once (e.g. the first draw); each step has a test id.
import { useState } from 'react';
import { primaryBtn, secondaryBtn } from '@/components/ui/form-kit';

export function ConfirmButton({
  label,
  question,
  confirmLabel,
  cancelLabel,
  onConfirm,
  ask = true,
  pending = false,
  pendingLabel,
  disabled,
  className = secondaryBtn,
  testId,
}: {
  label: string;
  question?: string;
  confirmLabel: string;
  cancelLabel: string;
  onConfirm: () => void;
  /** ask before running (default); false runs at the first click */
  ask?: boolean;
  pending?: boolean;
  /** shown on the button while `pending` */
  pendingLabel?: string;
  disabled?: boolean;
  className?: string;
  testId?: string;
}) {
  const [asking, setAsking] = useState(false);
  if (asking)
    return (
      <span
        role="group"
        className="inline-flex flex-wrap items-center gap-2 rounded-md border border-amber-300 bg-amber-50 p-2"
        data-testid={testId ? `${testId}-confirm-box` : undefined}
      >
        {question && <span className="text-sm text-amber-900">{question}</span>}
        <button
          type="button"
          className={primaryBtn}
          disabled={disabled || pending}
          data-testid={testId ? `${testId}-confirm` : undefined}
          autoFocus
          onClick={() => {
            setAsking(false);
            onConfirm();
          }}
        >
          {confirmLabel}
        </button>
        <button type="button" className={secondaryBtn} onClick={() => setAsking(false)}>
          {cancelLabel}
        </button>
      </span>
    );
  return (
    <button type="button" className={className} disabled={disabled || pending} data-testid={testId} onClick={() => (ask ? setAsking(true) : onConfirm())}>
      {pending && pendingLabel ? pendingLabel : label}
    </button>
  );
}
