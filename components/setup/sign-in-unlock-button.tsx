'use client';
// 解除锁定: clears the account's sign-in failures and lock (server action, audited).
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { FormError, FormNotice, primaryBtn, useSetupAction } from '@/components/ui/form-kit';
import { unlockSignInAction } from '@/lib/auth/sign-in-lock-action';

export function SignInUnlockButton({ userId }: { userId: string }) {
  const t = useTranslations('signInGuard.lock');
  const [notice, setNotice] = useState<string | null>(null);
  const act = useSetupAction(unlockSignInAction);
  return (
    <div className="space-y-2">
      <FormError failure={act.failure} />
      {notice && <FormNotice>{notice}</FormNotice>}
      <button type="button" className={primaryBtn} disabled={act.pending} onClick={() => act.run({ userId }, () => setNotice(t('unlocked')))}>
        {act.pending ? t('unlocking') : t('unlock')}
      </button>
    </div>
  );
}
