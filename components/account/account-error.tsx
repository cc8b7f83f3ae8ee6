'use client';
// An action's refusal: this feature's own messages are full keys (account.twoFactor.errors.…), the rest actionErrors.
import { useTranslations } from 'next-intl';
import type { Failure } from '@/components/ui/form-kit';

export function AccountError({ failure }: { failure: Failure | null }) {
  const t = useTranslations();
  if (!failure) return null;
  const key =
    failure.error.includes('.') && t.has(failure.error)
      ? failure.error
      : t.has(`actionErrors.${failure.error}`)
        ? `actionErrors.${failure.error}`
        : 'actionErrors.serverError';
  return (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="form-error">
      {t(key)}
    </p>
  );
}
