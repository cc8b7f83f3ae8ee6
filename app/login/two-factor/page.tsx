// The second sign-in step (两步验证), reached from the password step when the account has TOTP on.
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SecondStepForm } from '@/components/account/second-step-form';
import { AuthCard } from '@/components/auth/auth-card';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getCurrentUser } from '@/lib/auth/guard.server';
import { hasOpenChallenge } from '@/lib/auth/two-factor.server';
import { safeNextPath } from '@/lib/domain/schemas';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('account.signInStep'))('title') };
}

export default async function SecondStepPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath.parse((await searchParams).next ?? '/');
  if (await getCurrentUser()) redirect(next);
  // no open challenge (expired, or never signed in with a password): back to the password step
  if (!(await hasOpenChallenge())) redirect(next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`);
  const t = await getTranslations('account.signInStep');
  return (
    <AuthCard title={t('title')} subtitle={t('subtitle')}>
      <ClientMessages namespaces={['account']}>
        <SecondStepForm next={next} />
      </ClientMessages>
    </AuthCard>
  );
}
