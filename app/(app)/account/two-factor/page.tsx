// 两步验证: enrol a TOTP authenticator (QR code, confirm with a code, backup codes once) or turn it off.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { TwoFactorPanel } from '@/components/account/two-factor-setup';
import { Card, PageTitle } from '@/components/ui/card';
import { requireUser } from '@/lib/auth/guard.server';
import { mustEnrolTwoFactor } from '@/lib/auth/two-factor-rules';
import { getSettings } from '@/lib/settings/settings.server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account.twoFactor'))('title') };
}

export default async function TwoFactorPage() {
  const user = await requireUser();
  const t = await getTranslations('account.twoFactor');
  const required = (await getSettings())['twoFactor.requiredForPrivileged'];
  const mustEnrol = mustEnrolTwoFactor(user, required);
  return (
    <div className="mx-auto max-w-3xl space-y-5">
      <PageTitle sub={t('subtitle')}>{t('title')}</PageTitle>
      {mustEnrol && (
        <p role="alert" className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="two-factor-required">
          {t('required')}
        </p>
      )}
      <Card>
        <TwoFactorPanel nextPath="/" enabled={user.twoFactorEnabled === true} canDisable={!mustEnrolTwoFactor({ role: user.role }, required)} />
      </Card>
    </div>
  );
}
