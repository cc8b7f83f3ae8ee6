// App header: product, current period, the bell (unread notifications), and the signed-in user's name, which opens the 账号安全 menu (修改密码,
// 我的登录设备, 两步验证 with its state, 退出登录). The language switch sits beside it on wider screens and inside the
// menu on a phone.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import type { CurrentUser } from '@/lib/auth/guard.server';
import { CHANGE_PASSWORD_PATH } from '@/lib/auth/password-paths';
import { AccountMenu } from './account-menu';
import { LocaleSwitch } from './locale-switch';
import { NotificationBell } from './notification-bell';

export async function Header({ user, period }: { user: CurrentUser; period: { name: string; state: string } | null }) {
  const t = await getTranslations();
  const m = await getTranslations('secUi.menu');
  const role = `${t(`roles.${user.role}`)}${user.unitName ? ` · ${user.unitName}` : ''}`;
  const twoFactorOn = user.twoFactorEnabled === true;
  const item = 'flex items-center justify-between gap-2 rounded-md px-2 py-1.5 text-sm text-slate-800 hover:bg-slate-100 hover:text-brand-700';
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

        <div className="ml-auto hidden sm:block">
          <LocaleSwitch />
        </div>
        <div className="ml-auto sm:ml-0">
          <NotificationBell userId={user.id} />
        </div>
        <AccountMenu
          label={`${m('open')}：${user.name}`}
          button={
            <span className="min-w-0 leading-tight" data-testid="current-user">
              <span className="block max-w-[9rem] truncate font-semibold sm:max-w-[14rem]">{user.name}</span>
              <span className="hidden max-w-[14rem] truncate text-xs text-red-50 sm:block">{role}</span>
            </span>
          }
        >
          <div className="px-2 text-xs text-slate-600">{m('signedInAs')}</div>
          <div className="px-2 font-semibold" data-testid="current-user-menu">
            {user.name}
          </div>
          <div className="px-2 text-sm text-slate-700">{role}</div>
          <nav aria-label={m('title')} className="mt-2 border-t border-slate-200 pt-2" data-testid="account-links">
            <ul className="space-y-0.5">
              <li>
                <Link href={CHANGE_PASSWORD_PATH} className={item} data-testid="password-link">
                  {m('password')}
                </Link>
              </li>
              <li>
                <Link href="/account/sessions" className={item} data-testid="sessions-link">
                  {m('sessions')}
                </Link>
              </li>
              <li>
                <Link href="/account/notifications" className={item} data-testid="notify-settings-link">
                  {t('notifyChannels.prefs.link')}
                </Link>
              </li>
              <li>
                <Link href="/account/two-factor" className={item} data-testid="two-factor-link">
                  <span>{m('twoFactor')}</span>
                  <span
                    className={`shrink-0 rounded px-1.5 py-0.5 text-xs ${twoFactorOn ? 'bg-emerald-50 text-emerald-800' : 'bg-slate-100 text-slate-700'}`}
                    data-testid="two-factor-state"
                  >
                    {m('twoFactorState', { state: m(twoFactorOn ? 'twoFactorOn' : 'twoFactorOff') })}
                  </span>
                </Link>
              </li>
            </ul>
          </nav>
          <div className="mt-2 flex items-center justify-end gap-3 max-sm:justify-between border-t border-slate-200 pt-3">
            <div className="sm:hidden">
              <LocaleSwitch tone="light" />
            </div>
            <form action="/api/auth/sign-out" method="post">
              <button
                type="submit"
                className="whitespace-nowrap rounded-md bg-brand-700 px-4 py-1.5 text-sm font-semibold text-white hover:bg-brand-800"
                data-testid="sign-out"
              >
                {m('signOut')}
              </button>
            </form>
          </div>
        </AccountMenu>
      </div>
    </header>
  );
}
