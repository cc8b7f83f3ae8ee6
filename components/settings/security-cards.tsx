// The 账号与安全 cards (用户账号, 系统设置): on the /admin hub and as the 安全管理员's home.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { PageTitle } from '@/components/ui/card';
import { can, type Actor } from '@/lib/auth/permissions';
import type { Db } from '@/lib/db/client';
import { ACCOUNT_PERMISSION } from '@/lib/setup/access';
import { securityHubFigures } from '@/lib/settings/queries.server';

function HubCard({ href, title, desc, figure, open, testId }: { href: string; title: string; desc: string; figure: string; open: string; testId: string }) {
  return (
    <Link href={href} data-testid={testId} className="group block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600">
      <div className="flex items-baseline justify-between gap-2">
        <h2 className="text-base font-semibold text-slate-800 group-hover:text-brand-700">{title}</h2>
        <span className="text-sm text-brand-700">{open} →</span>
      </div>
      <p className="mt-1 text-sm text-slate-500">{desc}</p>
      <p className="tabular mt-3 text-sm font-medium text-slate-700">{figure}</p>
    </Link>
  );
}

/** The 系统设置 card for a grid of setup sections (shown only to who may change settings). */
export async function SettingsCard({ db, actor }: { db: Db; actor: Pick<Actor, 'role' | 'separateSecurityAdmin'> }) {
  if (!can(actor, 'settings:manage')) return null;
  const [t, { separation }] = await Promise.all([getTranslations('settings.hub'), securityHubFigures(db)]);
  return (
    <HubCard
      href="/admin/settings"
      testId="settings-card"
      title={t('settingsTitle')}
      desc={t('settingsDesc')}
      figure={separation ? t('separationOn') : t('separationOff')}
      open={t('open')}
    />
  );
}

/** The 安全管理员's landing: accounts and settings, nothing of the business. */
export async function SecurityHub({ db, actor, title }: { db: Db; actor: Pick<Actor, 'role' | 'separateSecurityAdmin'>; title?: string }) {
  const t = await getTranslations('settings.hub');
  const { users, disabledUsers: disabled } = await securityHubFigures(db);
  return (
    <div className="space-y-5" data-testid="security-hub">
      <PageTitle sub={t('sub')}>{title ?? t('title')}</PageTitle>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {can(actor, ACCOUNT_PERMISSION) && (
          <HubCard
            href="/admin/users"
            testId="users-card"
            title={t('usersTitle')}
            desc={t('usersDesc')}
            figure={t('usersCount', { count: users, disabled })}
            open={t('open')}
          />
        )}
        <SettingsCard db={db} actor={actor} />
      </div>
    </div>
  );
}
