// Frame of the setup area (考核设置, and 账号与安全 for the 安全管理员): the tabs a user may open. Each page still checks
// its own permission (a 安全管理员 opening /admin/periods gets 403 from the page).
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { AdminNav } from '@/components/setup/admin-nav';
import { requirePermission } from '@/lib/auth/guard.server';
import { can, type Permission } from '@/lib/auth/permissions';
import { ACCOUNT_PERMISSION } from '@/lib/setup/access';

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const me = await requirePermission(['setup:manage', ACCOUNT_PERMISSION, 'settings:manage']);
  const [t, ts, tn] = await Promise.all([getTranslations('setup'), getTranslations('settings'), getTranslations('notifyChannels')]);
  const items: { href: string; label: string; permission: Permission | null }[] = [
    { href: '/admin', label: can(me, 'setup:manage') ? t('title') : ts('hub.title'), permission: null },
    { href: '/admin/periods', label: t('sections.periods'), permission: 'setup:manage' },
    { href: '/admin/groups', label: t('sections.groups'), permission: 'setup:manage' },
    { href: '/admin/units', label: t('sections.units'), permission: 'setup:manage' },
    { href: '/admin/users', label: t('sections.users'), permission: ACCOUNT_PERMISSION },
    { href: '/admin/pillars', label: t('sections.pillars'), permission: 'setup:manage' },
    { href: '/admin/notify', label: tn('nav'), permission: 'setup:manage' },
    { href: '/admin/settings', label: ts('title'), permission: 'settings:manage' },
  ];
  return (
    <ClientMessages namespaces={['setup', 'indicator', 'adjustments', 'exports', 'ledger', 'passwordPolicy']}>
      <AdminNav items={items.filter((i) => i.permission === null || can(me, i.permission))} />
      {children}
    </ClientMessages>
  );
}
