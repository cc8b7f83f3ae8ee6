'use client';
// The second sign-in step: a 6-digit code from the authenticator app, or a backup code.
import Link from 'next/link';
import { useActionState } from 'react';
import { useTranslations } from 'next-intl';
import { AuthError, AuthSubmit } from '@/components/auth/form-parts';
import { secondStepAction, type SecondStepState } from '@/lib/auth/two-factor-actions';

export function SecondStepForm({ next }: { next: string }) {
  const t = useTranslations('account.signInStep');
  const [state, action, pending] = useActionState<SecondStepState, FormData>(secondStepAction, { error: null });
  const over = state.error === 'tooMany' || state.error === 'expired' || state.error === 'locked';
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <label className="block">
        <span className="mb-1 block text-sm font-medium text-slate-700">{t('code')}</span>
        <input
          name="code"
          autoComplete="one-time-code"
          inputMode="text"
          autoFocus
          required
          maxLength={16}
          data-testid="second-step-code"
          className="w-full rounded-md border border-slate-300 px-3 py-2 text-center font-mono text-lg tracking-widest outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100"
        />
        <span className="mt-1 block text-xs text-slate-500">{t('codeHint')}</span>
      </label>
      {state.error && <AuthError testId="second-step-error">{t(`errors.${state.error}`)}</AuthError>}
      {!over && <AuthSubmit pending={pending} label={t('submit')} pendingLabel={t('submitting')} />}
      <p className="text-center text-sm">
        <Link href={`/login?next=${encodeURIComponent(next)}`} className="text-brand-700 hover:underline">
          {t('back')}
        </Link>
      </p>
    </form>
  );
}
