// 消息提醒设置: every user's own notification email and, per channel type, immediate or a daily digest.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { PreferencesForm } from '@/components/notify/preferences-form';
import { Card, PageTitle } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import { userPreferences } from '@/lib/notify/channels.queries.server';
import { notFound } from 'next/navigation';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('notifyChannels'))('prefs.title') };
}

export default async function NotificationSettingsPage() {
  const me = await requireUser();
  const t = await getTranslations('notifyChannels');
  const prefs = await userPreferences(await getDb(), me.id);
  if (!prefs) notFound();
  return (
    <ClientMessages namespaces={['notifyChannels']}>
      <div className="space-y-5">
        <PageTitle sub={t('prefs.sub')}>{t('prefs.title')}</PageTitle>
        <Card>
          <PreferencesForm initial={{ notifyEmail: prefs.notifyEmail, ...prefs.choices }} showWebhook={prefs.role === 'unit_head'} />
        </Card>
      </div>
    </ClientMessages>
  );
}
