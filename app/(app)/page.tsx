// Home: one view per role.
import { AdminHome } from '@/components/home/admin-home';
import { AuditorHome } from '@/components/home/auditor-home';
import { JudgeHome } from '@/components/home/judge-home';
import { LeaderHome } from '@/components/home/leader-home';
import { UnitHome } from '@/components/home/unit-home';
import { requireUser } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';

export default async function HomePage() {
  const user = await requireUser();
  const db = await getDb();
  const now = new Date();
  switch (user.role) {
    case 'admin':
      return <AdminHome db={db} user={user} now={now} />;
    case 'leader':
      return <LeaderHome db={db} user={user} now={now} />;
    case 'judge':
      return <JudgeHome db={db} user={user} />;
    case 'auditor':
      return <AuditorHome db={db} user={user} />;
    case 'unit_head':
    case 'unit_staff':
      return <UnitHome db={db} user={user} now={now} />;
  }
}
