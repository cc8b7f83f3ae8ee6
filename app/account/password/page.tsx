// 修改密码: the user's own password change. Outside the (app) shell on purpose: a user who must change their
// password (admin created or reset it) can reach nothing else, so this page alone shows them no navigation.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ChangePasswordForm } from '@/components/account/change-password-form';
import { ClientMessages } from '@/components/i18n/client-messages';
import { LocaleSwitch } from '@/components/shell/locale-switch';
import { requireSignedIn } from '@/lib/auth/guard.server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('accountPassword');
  return { title: t('title') };
}

export default async function ChangePasswordPage() {
  const user = await requireSignedIn();
  const t = await getTranslations('accountPassword');
  const c = await getTranslations('common');
  return (
    <main className="flex min-h-screen items-center justify-center bg-slate-100 px-4 py-10">
      <div className="w-full max-w-md">
        <div className="mb-4 text-center text-2xl font-black tracking-widest text-brand-700">{c('appName')}</div>
        <div className="rounded-xl bg-white p-6 shadow-lg sm:p-8">
          <div className="mb-4 flex items-start justify-between gap-3">
            <div className="min-w-0">
              <h1 className="text-xl font-bold">{t('title')}</h1>
              <p className="mt-1 truncate text-sm text-slate-500" data-testid="password-user">
                {user.name} · {user.username}
              </p>
            </div>
            <LocaleSwitch tone="light" />
          </div>
          {user.mustChangePassword ? (
            <p role="status" className="mb-4 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="password-forced">
              {t('forced')}
            </p>
          ) : (
            <p className="mb-4 text-sm text-slate-600">{t('subtitle')}</p>
          )}
          <ClientMessages namespaces={['passwordPolicy', 'accountPassword']}>
            <ChangePasswordForm />
          </ClientMessages>
          <div className="mt-5 flex items-center justify-between gap-3 border-t border-slate-200 pt-4 text-sm">
            {user.mustChangePassword ? (
              <span />
            ) : (
              <Link href="/" className="text-brand-700 hover:underline">
                {t('back')}
              </Link>
            )}
            <form action="/api/auth/sign-out" method="post">
              <button type="submit" className="text-slate-600 hover:text-slate-900 hover:underline" data-testid="sign-out">
                {t('signOut')}
              </button>
            </form>
          </div>
        </div>
      </div>
    </main>
  );
}
