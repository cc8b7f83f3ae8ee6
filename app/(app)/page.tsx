// Home: one view per role.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AdminHome } from '@/components/home/admin-home';
import { AuditorHome } from '@/components/home/auditor-home';
import { JudgeHome } from '@/components/home/judge-home';
import { LeaderHome } from '@/components/home/leader-home';
import { UnitHome } from '@/components/home/unit-home';
import { SecurityHub } from '@/components/settings/security-cards';
import { requireUser, type CurrentUser } from '@/lib/auth/guard.server';
import type { Db } from '@/lib/db/client';
import { getDb } from '@/lib/db.server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('home') };
}

function RoleHome({ db, user, now }: { db: Db; user: CurrentUser; now: Date }) {
  switch (user.role) {
    case 'admin':
      return <AdminHome db={db} user={user} now={now} />;
    case 'leader':
      return <LeaderHome db={db} user={user} now={now} />;
    case 'judge':
      return <JudgeHome db={db} user={user} />;
    case 'auditor':
      return <AuditorHome db={db} user={user} />;
    case 'security_admin':
      return <SecurityHub db={db} actor={user} />;
    case 'unit_head':
    case 'unit_staff':
      return <UnitHome db={db} user={user} now={now} />;
  }
}

export default async function HomePage() {
  const user = await requireUser();
  const db = await getDb();
  return (
    <div data-testid={`home-${user.role}`}>
      <RoleHome db={db} user={user} now={new Date()} />
    </div>
  );
}
