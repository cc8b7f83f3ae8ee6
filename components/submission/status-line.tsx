// A submission's state, deadline with countdown (until submitted), submit time, and the reviewer's return comment.
import { getFormatter, getTranslations } from 'next-intl/server';
import { CountdownText } from '@/components/home/countdown-text';
import { StateBadge } from '@/components/ui/state-badge';
import { displayState } from '@/lib/domain/deadline';
import { formatters } from '@/components/ui/format';

interface Props {
  submission: { state: string; late: boolean; submittedAt: Date | null; reviewComment: string | null } | null;
  deadline: Date | null;
  now: Date;
}

export async function SubmissionStatusLine({ submission, deadline, now }: Props) {
  const t = await getTranslations();
  const format = await getFormatter();
  const state = displayState(submission, deadline, now);
  const when = formatters(format).dateTime;
  return (
    <>
      <div className="flex flex-wrap items-center gap-x-6 gap-y-2 text-sm">
        <span className="flex items-center gap-2" data-testid="submission-state">
          <span className="text-slate-500">{t('home.state')}</span>
          <StateBadge state={state} late={submission?.late} />
        </span>
        {deadline && (
          <span className="flex flex-wrap items-center gap-2">
            <span className="text-slate-500">{t('home.deadline')}</span>
            <span className="tabular">{when(deadline)}</span>
            {state !== 'submitted' && state !== 'approved' && <CountdownText deadline={deadline} now={now} />}
          </span>
        )}
        {submission?.submittedAt && (
          <span className="text-slate-500">
            {t('unit.submittedAt')} <span className="tabular">{when(submission.submittedAt)}</span>
          </span>
        )}
      </div>
      {submission?.state === 'returned' && submission.reviewComment && (
        <p className="mt-3 rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-800">
          {t('home.returnedWith')}
          {submission.reviewComment}
        </p>
      )}
    </>
  );
}
