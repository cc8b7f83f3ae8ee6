// App header: product, current period, who is signed in, language, sign-out.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { CurrentUser } from '@/lib/auth/guard.server';
import { LocaleSwitch } from './locale-switch';

export async function Header({ user, period }: { user: CurrentUser; period: { name: string; state: string } | null }) {
  const t = await getTranslations();
  return (
    <header className="no-print bg-brand-700 text-white shadow">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2.5">
        <Link href="/" className="flex items-baseline gap-2">
          <span className="text-xl font-black tracking-widest">{t('common.appName')}</span>
          <span className="hidden text-sm text-red-100 sm:inline">{t('common.appSubtitle')}</span>
        </Link>
        <div className="order-3 flex min-w-0 basis-full items-center gap-2 text-sm sm:order-none sm:basis-auto" data-testid="current-period">
          <span className="text-red-100">{t('common.currentPeriod')}</span>
          {period ? (
            <span className="truncate rounded bg-white/15 px-2 py-0.5 font-medium">
              {period.name} · {t(`periodState.${period.state}`)}
            </span>
          ) : (
            <span className="text-red-100">{t('common.noPeriod')}</span>
          )}
        </div>
        <div className="ml-auto flex min-w-0 items-center gap-3">
          <div className="min-w-0 text-right text-sm leading-tight" data-testid="current-user">
            <div className="truncate font-semibold">{user.name}</div>
            <div className="truncate text-xs text-red-100">
              {t(`roles.${user.role}`)}
              {user.unitName ? ` · ${user.unitName}` : ''}
            </div>
          </div>
          <LocaleSwitch />
          <form action="/api/auth/sign-out" method="post">
            <button type="submit" className="shrink-0 rounded-md border border-white/40 px-2.5 py-1 text-sm hover:bg-white/10">
              {t('common.signOut')}
            </button>
          </form>
        </div>
      </div>
    </header>
  );
}
