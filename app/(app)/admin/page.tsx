// Setup landing (考核设置): one card per section with its size, and the periods at a glance.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Card, PageTitle } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import { listPeriodsWithCounts, setupCounts } from '@/lib/setup/queries.server';
import { formatters } from '@/components/ui/format';
import { SecurityHub, SettingsCard } from '@/components/settings/security-cards';
import { can } from '@/lib/auth/permissions';
import { ACCOUNT_PERMISSION } from '@/lib/setup/access';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('setup'))('title') };
}

export default async function AdminPage() {
  const me = await requirePermission(['setup:manage', ACCOUNT_PERMISSION, 'settings:manage']);
  const db = await getDb();
  // the 安全管理员 (or an admin without setup rights) sees only 账号与安全
  if (!can(me, 'setup:manage')) return <SecurityHub db={db} actor={me} />;
  const t = await getTranslations();
  const format = await getFormatter();
  const [counts, periods] = await Promise.all([setupCounts(db), listPeriodsWithCounts(db)]);
  const sections = [
    { href: '/admin/periods', key: 'periods', count: t('setup.landing.periodsCount', { count: counts.periods }) },
    { href: '/admin/groups', key: 'groups', count: t('setup.landing.groupsCount', { count: counts.groups }) },
    { href: '/admin/units', key: 'units', count: t('setup.landing.unitsCount', { count: counts.units, active: counts.activeUnits }) },
    { href: '/admin/users', key: 'users', count: t('setup.landing.usersCount', { count: counts.users, disabled: counts.disabledUsers }) },
    { href: '/admin/pillars', key: 'pillars', count: t('setup.landing.pillarsCount', { count: counts.pillars }) },
  ].filter((s) => s.key !== 'users' || can(me, ACCOUNT_PERMISSION));
  return (
    <div className="space-y-5">
      <PageTitle sub={t('setup.sub')}>{t('setup.title')}</PageTitle>
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3" data-testid="setup-sections">
        {sections.map((s) => (
          <Link key={s.key} href={s.href} className="group block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600">
            <div className="flex items-baseline justify-between gap-2">
              <h2 className="text-base font-semibold text-slate-800 group-hover:text-brand-700">{t(`setup.sections.${s.key}`)}</h2>
              <span className="text-sm text-brand-700">{t('setup.landing.open')} →</span>
            </div>
            <p className="mt-1 text-sm text-slate-500">{t(`setup.landing.${s.key}Desc`)}</p>
            <p className="tabular mt-3 text-sm font-medium text-slate-700">{s.count}</p>
          </Link>
        ))}
        <Link href="/admin/notify" className="group block rounded-lg border border-slate-200 bg-white p-4 shadow-sm hover:border-brand-600">
          <div className="flex items-baseline justify-between gap-2">
            <h2 className="text-base font-semibold text-slate-800 group-hover:text-brand-700">{t('notifyChannels.title')}</h2>
            <span className="text-sm text-brand-700">{t('setup.landing.open')} →</span>
          </div>
          <p className="mt-1 text-sm text-slate-500">{t('notifyChannels.landingDesc')}</p>
        </Link>
        <SettingsCard db={db} actor={me} />
      </div>
      <Card title={t('setup.landing.periodsCard')}>
        <ul className="divide-y divide-slate-100 text-sm">
          {periods.map((p) => (
            <li key={p.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span className="font-medium">{p.name}</span>
              <span className="flex flex-wrap items-center gap-3 text-slate-500">
                <span className="rounded bg-slate-100 px-2 py-0.5 text-xs text-slate-700">{t(`periodState.${p.state}`)}</span>
                <span className="tabular">
                  {t('setup.periods.deadline')} {p.deadline ? formatters(format).dateTime(p.deadline) : t('setup.periods.noDeadline')}
                </span>
                <Link href={`/admin/periods/${p.id}`} className="text-brand-700 hover:underline">
                  {t('setup.landing.manage')}
                </Link>
              </span>
            </li>
          ))}
        </ul>
      </Card>
    </div>
  );
}
