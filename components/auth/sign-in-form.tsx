'use client';
// The sign-in form: keeps the typed username on error, shows one message that never says whether the user exists,
// and a CAPTCHA once the account or the address has failed often enough (lib/auth/sign-in.server.ts).
import { useActionState } from 'react';
import { useFormatter, useTranslations } from 'next-intl';
import { CaptchaField } from '@/components/auth/captcha-field';
import { AuthError, AuthSubmit } from '@/components/auth/form-parts';
import { signInAction, type SignInState } from '@/lib/auth/sign-in-action';
import { formatters } from '@/components/ui/format';

export function SignInForm({ next, captcha = false }: { next: string; captcha?: boolean }) {
  const t = useTranslations('login');
  const g = useTranslations('signInGuard.error');
  const format = formatters(useFormatter());
  const [state, action, pending] = useActionState<SignInState, FormData>(signInAction, { error: null, username: '', captcha, attempt: 0 });
  const message = (s: SignInState): string | null => {
    switch (s.error) {
      case null:
        return null;
      case 'required':
      case 'invalid':
        return t(`error.${s.error}`);
      case 'locked':
      case 'throttled': {
        const until = s.until ? format.clock(new Date(s.until)) : '';
        return g(s.error, { until, minutes: s.minutes ?? 0 });
      }
      default:
        return g(s.error);
    }
  };
  const error = message(state);
  return (
    <form action={action} className="space-y-4" noValidate>
      <input type="hidden" name="next" value={next} />
      <label className="block">
        <span className="mb-1 block text-sm font-medium text-slate-700">{t('username')}</span>
        <input
          name="username"
          autoComplete="username"
          defaultValue={state.username}
          key={state.username}
          required
          maxLength={64}
          className="w-full rounded-md border border-slate-300 px-3 py-2 text-base outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100"
        />
      </label>
      <label className="block">
        <span className="mb-1 block text-sm font-medium text-slate-700">{t('password')}</span>
        <input
          name="password"
          type="password"
          autoComplete="current-password"
          required
          maxLength={128}
          className="w-full rounded-md border border-slate-300 px-3 py-2 text-base outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100"
        />
      </label>
      {state.captcha && <CaptchaField generation={state.attempt} />}
      {error && <AuthError>{error}</AuthError>}
      <AuthSubmit pending={pending} label={t('submit')} pendingLabel={t('submitting')} />
    </form>
  );
}
