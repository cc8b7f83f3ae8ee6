// Sign-in page (the only page open without a session).
import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { SignInForm } from '@/components/auth/sign-in-form';
import { AuthCard } from '@/components/auth/auth-card';
import { ClientMessages } from '@/components/i18n/client-messages';
import { getCurrentUser } from '@/lib/auth/guard.server';
import { addressNeedsCaptcha } from '@/lib/auth/sign-in.server';
import { getDb } from '@/lib/db.server';
import { safeNextPath } from '@/lib/domain/schemas';
import { requestIp } from '@/lib/request.server';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('login');
  return { title: t('title') };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ next?: string }> }) {
  const next = safeNextPath.parse((await searchParams).next ?? '/');
  if (await getCurrentUser()) redirect(next);
  const t = await getTranslations('login');
  // an address that has already failed often enough sees the CAPTCHA from the start
  const captcha = await addressNeedsCaptcha(await getDb(), await requestIp());
  return (
    <AuthCard title={t('title')} subtitle={t('subtitle')} footer={t('footer')}>
      <ClientMessages namespaces={['signInGuard']}>
        <SignInForm next={next} captcha={captcha} />
      </ClientMessages>
    </AuthCard>
  );
}
