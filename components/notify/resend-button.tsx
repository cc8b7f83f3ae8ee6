'use client';
// 重新发送: put one failed outbox message back in the queue.
import { useTranslations } from 'next-intl';
import { secondaryBtn, useSetupAction } from '@/components/ui/form-kit';
import { resendMessageAction } from '@/lib/notify/actions';
import { NotifyError } from './notify-error';

export function ResendButton({ id }: { id: string }) {
  const t = useTranslations('notifyChannels.outbox');
  const resend = useSetupAction(resendMessageAction);
  return (
    <div className="space-y-1">
      <button
        type="button"
        className={`${secondaryBtn} whitespace-nowrap`}
        disabled={resend.pending}
        onClick={() => resend.run({ id })}
        data-testid="outbox-resend"
      >
        {resend.pending ? t('resending') : t('resend')}
      </button>
      <NotifyError failure={resend.failure} />
    </div>
  );
}
