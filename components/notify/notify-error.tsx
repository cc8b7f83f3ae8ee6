'use client';
// A refusal of a reminder action in words: our own codes (notifyChannels.*, with their params) or the common ones.
import { useTranslations } from 'next-intl';
import { FormError, type Failure } from '@/components/ui/form-kit';

export function NotifyError({ failure }: { failure: Failure | null }) {
  const t = useTranslations();
  if (!failure) return null;
  if (!failure.error.startsWith('notifyChannels.') || !t.has(failure.error)) return <FormError failure={failure} />;
  return (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm break-words text-red-700" data-testid="form-error">
      {t(failure.error, failure.params as Record<string, string>)}
    </p>
  );
}
