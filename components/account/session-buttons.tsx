'use client';
// End one session, end all others (own page), end all of a user's (admin). Each asks once before acting.
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { ConfirmButton } from '@/components/ui/confirm-button';
import { dangerBtn, FormError, FormNotice, useSetupAction } from '@/components/ui/form-kit';
import { adminEndSessionsAction, endOtherSessionsAction, endOwnSessionAction } from '@/lib/sessions/actions';

export function EndSessionButton({ sessionId, mode, userId }: { sessionId: string; mode: 'own' | 'admin'; userId?: string }) {
  const t = useTranslations('account.sessions');
  const c = useTranslations('setup');
  const own = useSetupAction(endOwnSessionAction);
  const admin = useSetupAction(adminEndSessionsAction);
  const act = mode === 'own' ? own : admin;
  return (
    <div className="shrink-0 space-y-1">
      <ConfirmButton
        label={t('end')}
        question={t('endQuestion')}
        confirmLabel={c('confirm')}
        cancelLabel={c('cancel')}
        className={dangerBtn}
        disabled={act.pending}
        testId="end-session"
        onConfirm={() => (mode === 'own' ? own.run({ sessionId }) : admin.run({ userId: userId ?? '', sessionId }))}
      />
      <FormError failure={act.failure} />
    </div>
  );
}

export function EndAllButton({ mode, userId }: { mode: 'others' | 'admin'; userId?: string }) {
  const t = useTranslations('account.sessions');
  const c = useTranslations('setup');
  const [notice, setNotice] = useState<string | null>(null);
  const others = useSetupAction(endOtherSessionsAction);
  const admin = useSetupAction(adminEndSessionsAction);
  const act = mode === 'others' ? others : admin;
  const done = (r: { ended: number }) => setNotice(t('ended', { count: r.ended }));
  return (
    <div className="space-y-2">
      <ConfirmButton
        label={mode === 'others' ? t('endOthers') : t('adminEndAll')}
        question={mode === 'others' ? t('endOthersQuestion') : t('adminEndAllQuestion')}
        confirmLabel={c('confirm')}
        cancelLabel={c('cancel')}
        className={dangerBtn}
        disabled={act.pending}
        testId="end-all-sessions"
        onConfirm={() => (mode === 'others' ? others.run({}, done) : admin.run({ userId: userId ?? '' }, done))}
      />
      <FormError failure={act.failure} />
      {notice && <FormNotice>{notice}</FormNotice>}
    </div>
  );
}
