// Frame of the setup area (考核设置): admin only, with its section tabs. Each page still checks the permission itself.
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { AdminNav } from '@/components/setup/admin-nav';
import { requirePermission } from '@/lib/auth/guard.server';

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  await requirePermission('setup:manage');
  const t = await getTranslations('setup');
  const items = [
    { href: '/admin', label: t('title') },
    { href: '/admin/periods', label: t('sections.periods') },
    { href: '/admin/groups', label: t('sections.groups') },
    { href: '/admin/units', label: t('sections.units') },
    { href: '/admin/users', label: t('sections.users') },
    { href: '/admin/pillars', label: t('sections.pillars') },
  ];
  return (
    <ClientMessages namespaces={['setup', 'indicator', 'adjustments', 'exports', 'ledger', 'passwordPolicy']}>
      <AdminNav items={items} />
      {children}
    </ClientMessages>
  );
}
