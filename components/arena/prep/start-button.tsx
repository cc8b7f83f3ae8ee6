'use client';
// 开始擂台赛: asks once (starting locks speakers, judges, order and rubric), then opens the host console.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { startArenaAction } from '@/lib/arena/actions';
import { FormError, primaryBtn, useSetupAction } from '@/components/ui/form-kit';
import { ConfirmButton } from '@/components/ui/confirm-button';

export function StartArenaButton({ arenaId, blocked }: { arenaId: string; blocked: boolean }) {
  const t = useTranslations('arenaPrep.start');
  const tc = useTranslations('arenaPrep.common');
  const router = useRouter();
  const act = useSetupAction(startArenaAction);
  return (
    <div className="space-y-2">
      <FormError failure={act.failure} />
      <ConfirmButton
        testId="start-arena"
        className={`${primaryBtn} w-full sm:w-auto disabled:cursor-not-allowed`}
        label={t('button')}
        pendingLabel={t('starting')}
        question={t('confirmQuestion')}
        confirmLabel={t('confirm')}
        cancelLabel={tc('cancel')}
        pending={act.pending}
        disabled={blocked}
        onConfirm={() => act.run({ arenaId }, () => router.push(`/arena/${arenaId}/host`))}
      />
    </div>
  );
}
