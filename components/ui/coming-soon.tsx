// A page whose content a later release fills; navigation and authorisation to it are already real.
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/guard.server';
import type { Permission } from '@/lib/auth/permissions';
import { Notice, PageTitle } from './card';

export async function ComingSoon({ titleKey }: { titleKey: string }) {
  const t = await getTranslations();
  return (
    <div>
      <PageTitle>{t(`nav.${titleKey}`)}</PageTitle>
      <Notice>{t('common.comingSoon')}</Notice>
    </div>
  );
}

/** A placeholder page guarded by the permission its real page will need. */
export function comingSoonPage(permission: Permission | readonly Permission[], titleKey: string) {
  return async function ComingSoonPage() {
    await requirePermission(permission);
    return <ComingSoon titleKey={titleKey} />;
  };
}
