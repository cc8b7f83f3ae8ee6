// The second sign-in step (两步验证), reached from the password step when the account has TOTP on.
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SecondStepForm } from '@/components/account/second-step-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { LocaleSwitch } from '@/components/shell/locale-switch';
import { getCurrentUser } from '@/lib/auth/guard.server';
import { hasOpenChallenge } from '@/lib/auth/two-factor.server';
import { safeNextPath } from '@/lib/domain/schemas';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account.signInStep'))('title') };
}

export default async function SecondStepPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath.parse((await searchParams).next ?? '/');
  if (await getCurrentUser()) redirect(next);
  // no open challenge (expired, or never signed in with a password): back to the password step
  if (!(await hasOpenChallenge())) redirect(next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`);
  const t = await getTranslations('account.signInStep');
  const c = await getTranslations('common');
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-br from-brand-800 via-brand-700 to-slate-900 px-4 py-10">
      <div className="w-full max-w-md">
        <div className="mb-6 text-center text-white">
          <div className="text-4xl font-black tracking-widest">{c('appName')}</div>
          <div className="mt-2 text-base text-red-100">{c('appSubtitle')}</div>
        </div>
        <div className="rounded-xl bg-white p-6 shadow-xl sm:p-8">
          <div className="mb-5 flex items-start justify-between gap-3">
            <div>
              <h1 className="text-xl font-bold">{t('title')}</h1>
              <p className="mt-1 text-sm text-slate-500">{t('subtitle')}</p>
            </div>
            <LocaleSwitch tone="light" />
          </div>
          <ClientMessages namespaces={['account']}>
            <SecondStepForm next={next} />
          </ClientMessages>
        </div>
      </div>
    </main>
  );
}
