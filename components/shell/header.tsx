// App header: product, current period, who is signed in, language, sign-out. On a phone the account part folds into
// a menu (a native <details>, so it works before hydration and needs no client code).
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { CurrentUser } from '@/lib/auth/guard.server';
import { PasswordLink } from '@/components/account/password-link';
import { AccountLinks } from '@/components/account/account-links';
import { LocaleSwitch } from './locale-switch';

export async function Header({ user, period }: { user: CurrentUser; period: { name: string; state: string } | null }) {
  const t = await getTranslations();
  const role = `${t(`roles.${user.role}`)}${user.unitName ? ` · ${user.unitName}` : ''}`;
  const signOut = (className: string) => (
    <form action="/api/auth/sign-out" method="post">
      <button type="submit" className={`whitespace-nowrap rounded-md text-sm ${className}`} data-testid="sign-out">
        {t('common.signOut')}
      </button>
    </form>
  );
  return (
    <header className="no-print bg-brand-700 text-white shadow" data-testid="app-header">
      <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-4 gap-y-1 px-4 py-2.5">
        <Link href="/" className="flex items-baseline gap-2">
          <span className="text-xl font-black tracking-widest">{t('common.appName')}</span>
          <span className="hidden text-sm text-red-50 sm:inline">{t('common.appSubtitle')}</span>
        </Link>
        <div className="order-3 flex min-w-0 basis-full items-center gap-2 text-sm sm:order-none sm:basis-auto" data-testid="current-period">
          <span className="shrink-0 text-red-50">{t('common.currentPeriod')}</span>
          {period ? (
            <span className="truncate rounded bg-white/15 px-2 py-0.5 font-medium">
              {period.name} · {t(`periodState.${period.state}`)}
            </span>
          ) : (
            <span className="text-red-50">{t('common.noPeriod')}</span>
          )}
        </div>

        {/* tablet and desktop: everything in one row */}
        <div className="ml-auto hidden min-w-0 items-center gap-3 sm:flex">
          <div className="min-w-0 text-right text-sm leading-tight" data-testid="current-user">
            <div className="truncate font-semibold">{user.name}</div>
            <div className="truncate text-xs text-red-50">{role}</div>
          </div>
          <PasswordLink />
          <AccountLinks />
          <LocaleSwitch />
          {signOut('shrink-0 border border-white/60 px-2.5 py-1 hover:bg-white/10')}
        </div>

        {/* phone: a menu button; the panel holds the account, language and sign-out */}
        <details className="group relative ml-auto sm:hidden" data-testid="header-menu">
          <summary className="flex cursor-pointer list-none items-center gap-2 rounded-md border border-white/60 px-2.5 py-1 text-sm [&::-webkit-details-marker]:hidden">
            <span className="max-w-[9rem] truncate font-semibold">{user.name}</span>
            <svg aria-hidden="true" viewBox="0 0 20 20" className="h-4 w-4 shrink-0 fill-current">
              <path d="M3 5h14v2H3zM3 9h14v2H3zM3 13h14v2H3z" className="group-open:hidden" />
              <path d="M5.4 4 10 8.6 14.6 4 16 5.4 11.4 10l4.6 4.6-1.4 1.4L10 11.4 5.4 16 4 14.6 8.6 10 4 5.4z" className="hidden group-open:block" />
            </svg>
            <span className="sr-only">{t('shell.menu')}</span>
          </summary>
          <div className="absolute right-0 z-30 mt-2 w-64 max-w-[calc(100vw-2rem)] rounded-lg bg-white p-4 text-slate-900 shadow-xl ring-1 ring-slate-200">
            <div className="text-xs text-slate-600">{t('shell.signedInAs')}</div>
            <div className="mt-0.5 font-semibold" data-testid="current-user-menu">
              {user.name}
            </div>
            <div className="text-sm text-slate-700">{role}</div>
            <PasswordLink tone="light" />
            <AccountLinks tone="light" />
            <div className="mt-3 flex items-center justify-between gap-3 border-t border-slate-200 pt-3">
              <LocaleSwitch tone="light" />
              {signOut('bg-brand-700 px-4 py-1.5 font-semibold text-white hover:bg-brand-800')}
            </div>
          </div>
        </details>
      </div>
    </header>
  );
}
