// 开赛: what the arena holds, what still blocks the start (in words), and the start button; once live, the way to the host console.
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { ArenaPrepView, StartBlocker } from '@/lib/arena/types';
import { primaryLink, secondaryLink } from './arena-card';
import { StartArenaButton } from './start-button';
import { formatters } from '@/components/ui/format';

export async function StartPanel({ prep }: { prep: ArenaPrepView }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const { arena, startBlockers } = prep;
  const sentence = (b: StartBlocker) =>
    t(
      `arenaPrep.start.blockers.${b}`,
      b === 'period_state'
        ? { period: arena.periodName, state: t.has(`periodState.${arena.periodState}`) ? t(`periodState.${arena.periodState}`) : arena.periodState }
        : {},
    );
  return (
    <Card title={t('arenaPrep.start.title')}>
      <div className="space-y-3" data-testid="prep-start" data-state={arena.state}>
        {arena.state === 'live' && (
          <>
            <p className="text-sm text-green-700">{t('arenaPrep.start.live')}</p>
            <Link href={`/arena/${arena.id}/host`} className={primaryLink}>
              {t('arenaPrep.start.goHost')}
            </Link>
          </>
        )}
        {arena.state === 'finished' && (
          <>
            <p className="text-sm text-slate-600">
              {t('arenaPrep.start.finished', {
                at: arena.finishedAt ? formatters(format).dateTime(new Date(arena.finishedAt)) : '—',
              })}
            </p>
            <a href={`/screen/${arena.id}`} target="_blank" rel="noreferrer" className={secondaryLink}>
              {t('arenaPrep.start.goScreen')}
            </a>
          </>
        )}
        {arena.state === 'prep' && (
          <>
            <ul className="space-y-0.5 text-sm text-slate-700">
              <li>{t('arenaPrep.start.summaryParticipants', { count: prep.participants.length })}</li>
              <li>{t('arenaPrep.start.summaryJudges', { count: prep.judges.length })}</li>
              <li>{t('arenaPrep.start.summaryRubric', { count: prep.rubric.length })}</li>
              <li>{prep.draw ? t('arenaPrep.start.summaryDrawn', { seed: prep.draw.seed }) : t('arenaPrep.start.summaryManual')}</li>
            </ul>
            {startBlockers.length > 0 ? (
              <div className="rounded-md bg-amber-50 px-3 py-2 text-sm text-amber-900" data-testid="start-blockers">
                <p className="font-medium">{t('arenaPrep.start.blocked')}</p>
                <ul className="mt-1 list-disc space-y-0.5 pl-5">
                  {startBlockers.map((b) => (
                    <li key={b} data-blocker={b}>
                      {sentence(b)}
                    </li>
                  ))}
                </ul>
              </div>
            ) : (
              <p className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-800" data-testid="start-ready">
                {t('arenaPrep.start.ready')}
              </p>
            )}
            <p className="text-xs text-slate-500">{t('arenaPrep.start.warning')}</p>
            <StartArenaButton arenaId={arena.id} blocked={startBlockers.length > 0} />
          </>
        )}
      </div>
    </Card>
  );
}
