// Shell of every signed-in page: header, role-aware navigation, content.
import { getTranslations } from 'next-intl/server';
import { Header } from '@/components/shell/header';
import { NavLinks } from '@/components/shell/nav-links';
import { requireUser } from '@/lib/auth/guard.server';
import { navFor } from '@/lib/auth/nav';
import { getDb } from '@/lib/db.server';
import { getCurrentPeriod } from '@/lib/periods.server';

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  const user = await requireUser();
  const period = await getCurrentPeriod(await getDb());
  const t = await getTranslations('nav');
  const items = navFor(user).map((i) => ({ href: i.href, label: t(i.label) }));
  return (
    <div className="flex min-h-screen flex-col">
      <Header user={user} period={period ? { name: period.name, state: period.state } : null} />
      <NavLinks items={items} />
      <main className="mx-auto w-full max-w-7xl flex-1 px-4 py-6">{children}</main>
    </div>
  );
}
