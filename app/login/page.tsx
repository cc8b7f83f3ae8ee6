// Sign-in page (the only page open without a session).
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/auth/sign-in-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { LocaleSwitch } from '@/components/shell/locale-switch';
import { getCurrentUser } from '@/lib/auth/guard.server';
import { addressNeedsCaptcha } from '@/lib/auth/sign-in.server';
import { getDb } from '@/lib/db.server';
import { safeNextPath } from '@/lib/domain/schemas';
import { requestIp } from '@/lib/request.server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('login');
  return { title: t('title') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath.parse((await searchParams).next ?? '/');
  if (await getCurrentUser()) redirect(next);
  const t = await getTranslations('login');
  const c = await getTranslations('common');
  // an address that has already failed often enough sees the CAPTCHA from the start
  const captcha = await addressNeedsCaptcha(await getDb(), await requestIp());
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
          <ClientMessages namespaces={['signInGuard']}>
            <SignInForm next={next} captcha={captcha} />
          </ClientMessages>
        </div>
        <p className="mt-4 text-center text-xs text-red-100/80">{t('footer')}</p>
      </div>
    </main>
  );
}
