// 系统设置: every run-time security setting (lib/settings/rules.ts), for the account manager (admin, or only the
// 安全管理员 under 三员分立).
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { SettingsForm } from '@/components/settings/settings-form';
import { PageTitle } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import { settingGroups } from '@/lib/settings/form';
import { SETTING_DEFINITIONS, SETTING_KEYS } from '@/lib/settings/rules';
import { countSecurityAdmins } from '@/lib/settings/separation.server';
import { getSettings, invalidateSettings } from '@/lib/settings/settings.server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('settings'))('title') };
}

export default async function SettingsPage() {
  await requirePermission('settings:manage');
  const t = await getTranslations('settings');
  const db = await getDb();
  // the page shows what is stored now, not a value cached by this process a few seconds ago
  invalidateSettings();
  const [settings, securityAdmins] = await Promise.all([getSettings(db), countSecurityAdmins(db)]);
  const asForm = (value: unknown) => (typeof value === 'boolean' ? value : String(value));
  const initial = Object.fromEntries(SETTING_KEYS.map((k) => [k, asForm(settings[k])]));
  const defaults = Object.fromEntries(SETTING_KEYS.map((k) => [k, asForm(SETTING_DEFINITIONS[k].default)]));
  return (
    <div className="space-y-5">
      <PageTitle sub={t('sub')}>{t('title')}</PageTitle>
      <ClientMessages namespaces={['settings']}>
        <SettingsForm groups={settingGroups()} initial={initial} defaults={defaults} securityAdmins={securityAdmins} />
      </ClientMessages>
    </div>
  );
}
