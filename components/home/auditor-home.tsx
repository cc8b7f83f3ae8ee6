// Home of the auditor: the latest audit entries and the way into the full log.
import { getTranslations } from 'next-intl/server';
import { AuditTable } from '@/components/audit/audit-table';
import { ButtonLink, Card, PageTitle } from '@/components/ui/card';
import type { CurrentUser } from '@/lib/auth/guard.server';
import type { Db } from '@/lib/db/client';
import { latestAudit } from '@/lib/home/queries.server';

export async function AuditorHome({ db, user }: { db: Db; user: CurrentUser }) {
  const t = await getTranslations('home');
  const { rows, total } = await latestAudit(db);
  return (
    <div className="space-y-5">
      <PageTitle sub={t('auditorSub')}>{t('welcome', { name: user.name })}</PageTitle>
      <Card title={t('auditCard', { total })} action={<ButtonLink href="/audit">{t('toAudit')}</ButtonLink>}>
        <AuditTable rows={rows} />
      </Card>
    </div>
  );
}
