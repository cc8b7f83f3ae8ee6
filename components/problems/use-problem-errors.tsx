'use client';
// The words for a refused problem action: a refusal (problem.refusal.*, e.g. who changed it first) or a general
// action error, and each field's first error (problem.errors.*, problemFlow.errors.*, then validation.*).
import { useTranslations } from 'next-intl';
import type { Failure } from '@/components/ui/form-kit';

export function useProblemErrors(failure: Failure | null) {
  const t = useTranslations();
  const general = (): string | null => {
    if (!failure) return null;
    const params = failure.params as Record<string, string> | undefined;
    for (const key of [`problem.refusal.${failure.error}`, `actionErrors.${failure.error}`]) if (t.has(key)) return t(key, params);
    return t('actionErrors.serverError');
  };
  /** `fallback`: the validation key for a code with no words of its own (an empty select reads as 必填). */
  const field = (name: string, fallback = 'invalid'): string | null => {
    const code = failure?.fieldErrors?.[name]?.[0];
    if (!code) return null;
    for (const key of [`problem.errors.${code}`, `problemFlow.errors.${code}`, `validation.${code}`]) if (t.has(key)) return t(key);
    return t(`validation.${fallback}`);
  };
  return { general: general(), field };
}

/** The general message, shown where the form's submit is. */
export function ProblemFormError({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700" data-testid="form-error">
      {text}
    </p>
  );
}
