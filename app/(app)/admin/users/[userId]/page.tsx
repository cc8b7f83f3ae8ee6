// One user account: edit profile, role and unit; reset the password; disable or enable.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SignInLockCard } from '@/components/setup/sign-in-lock';
import { UserSessionsCard } from '@/components/account/user-sessions-card';
import { DisableToggle, EditUserForm, ResetPasswordForm } from '@/components/setup/user-forms';
import { Card, PageTitle } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/guard.server';
import { ACCOUNT_PERMISSION } from '@/lib/setup/access';
import { getDb } from '@/lib/db.server';
import { roleSchema } from '@/lib/domain/schemas';
import { getUser, unitOptions } from '@/lib/setup/queries.server';
import { userNameForTitle } from '@/lib/shell/titles.server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PreferencesForm } from '@/components/notify/preferences-form';
import { userPreferences } from '@/lib/notify/channels.queries.server';

export async function generateMetadata({ params }: { params: Promise<{ userId: string }> }): Promise<Metadata> {
  const [t, name] = await Promise.all([getTranslations(), userNameForTitle((await params).userId)]);
  return { title: name ? t('titles.user', { name }) : t('setup.users.title') };
}

export default async function UserAdminPage({ params }: { params: Promise<{ userId: string }> }) {
  const me = await requirePermission(ACCOUNT_PERMISSION);
  const { userId } = await params;
  const t = await getTranslations('setup');
  const db = await getDb();
  const [user, units, prefs, tn] = await Promise.all([getUser(db, userId), unitOptions(db), userPreferences(db, userId), getTranslations('notifyChannels')]);
  if (!user) notFound();
  const role = roleSchema.catch('unit_staff').parse(user.role);
  const self = user.id === me.id;
  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link href="/admin/users" className="text-brand-700 hover:underline">
          ← {t('users.title')}
        </Link>
      </p>
      <PageTitle>{t('users.editTitle', { name: user.name, username: user.username ?? '' })}</PageTitle>
      {self && <p className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">{t('users.self')}</p>}
      <Card title={t('users.profile')}>
        <EditUserForm
          user={{ id: user.id, name: user.name, title: user.title ?? '', role, unitId: user.unitId ?? '' }}
          units={units.map((u) => ({ id: u.id, name: u.name }))}
          self={self}
        />
      </Card>
      <Card title={t('users.resetPassword')}>
        <ResetPasswordForm id={user.id} />
      </Card>
      <Card title={t('users.access')}>
        <DisableToggle id={user.id} disabled={user.disabled} sessions={user._count.sessions} self={self} />
      </Card>
      {prefs && (
        <Card title={tn('prefs.adminTitle')}>
          <ClientMessages namespaces={['notifyChannels']}>
            <PreferencesForm initial={{ notifyEmail: prefs.notifyEmail, ...prefs.choices }} userId={user.id} showWebhook={prefs.role === 'unit_head'} />
          </ClientMessages>
        </Card>
      )}
      <SignInLockCard userId={user.id} />
      <UserSessionsCard userId={user.id} currentSessionId={me.sessionId} />
    </div>
  );
}
