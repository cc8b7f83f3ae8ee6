'use client';
// 开始擂台赛: asks once (starting locks speakers, judges, order and rubric), then opens the host console.
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { startArenaAction } from '@/lib/arena/actions';
import { FormError, primaryBtn, useSetupAction } from '@/components/setup/form-kit';
import { TwoStepButton } from './prep-kit';

export function StartArenaButton({ arenaId, blocked }: { arenaId: string; blocked: boolean }) {
  const t = useTranslations('arenaPrep.start');
  const router = useRouter();
  const act = useSetupAction(startArenaAction);
  return (
    <div className="space-y-2">
      <FormError failure={act.failure} />
      <TwoStepButton
        testId="start-arena"
        className={`${primaryBtn} w-full sm:w-auto disabled:cursor-not-allowed`}
        label={t('button')}
        pendingLabel={t('starting')}
        question={t('confirmQuestion')}
        confirmLabel={t('confirm')}
        ask
        pending={act.pending}
        disabled={blocked}
        onRun={() => act.run({ arenaId }, () => router.push(`/arena/${arenaId}/host`))}
      />
    </div>
  );
}
