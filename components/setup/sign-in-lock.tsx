// The sign-in lock card on a user's admin page: failures in the window, locked until when, and 解除锁定.
import { getFormatter, getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { SignInUnlockButton } from '@/components/setup/sign-in-unlock-button';
import { Card } from '@/components/ui/card';
import { can } from '@/lib/auth/permissions';
import { getCurrentUser } from '@/lib/auth/guard.server';
import { signInLockOfUser } from '@/lib/auth/sign-in-lock.server';
import { SIGN_IN_UNLOCK_PERMISSION } from '@/lib/auth/sign-in-rules';
import { formatters } from '@/components/ui/format';

export async function SignInLockCard({ userId }: { userId: string }) {
  const me = await getCurrentUser();
  if (!me || !can(me, SIGN_IN_UNLOCK_PERMISSION)) return null;
  const [t, format, lock] = await Promise.all([getTranslations('signInGuard.lock'), getFormatter(), signInLockOfUser(userId)]);
  if (!lock) return null;
  const active = lock.failures > 0 || lock.lockedUntil !== null;
  return (
    <Card title={t('title')}>
      <div className="space-y-3" data-testid="sign-in-lock">
        <p className="text-sm text-slate-600">
          {lock.lockedUntil ? (
            <span className="font-medium text-red-700">{t('lockedUntil', { until: formatters(format).dateTime(lock.lockedUntil) })}</span>
          ) : (
            t('open')
          )}
          {' · '}
          {t('failures', { count: lock.failures, minutes: lock.windowMinutes })}
        </p>
        {active ? (
          <ClientMessages namespaces={['signInGuard']}>
            <SignInUnlockButton userId={userId} />
          </ClientMessages>
        ) : (
          <p className="text-sm text-slate-500">{t('none')}</p>
        )}
      </div>
    </Card>
  );
}
