// One arena on the list page: what it is, where it stands, and the links the signed-in user's role opens.
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { ArenaSummary } from '@/lib/arena/types';
import { ArenaStateBadge } from './badges';
import { formatters } from '@/components/ui/format';

const linkBase = 'inline-flex items-center justify-center rounded-md px-3 py-1.5 text-sm font-semibold';
export const primaryLink = `${linkBase} bg-brand-600 text-white hover:bg-brand-700`;
export const secondaryLink = `${linkBase} border border-slate-300 bg-white text-slate-700 hover:bg-slate-50`;

export async function ArenaCard({ arena: a }: { arena: ArenaSummary }) {
  const t = await getTranslations();
  const format = await getFormatter();
  const at = (iso: string) => formatters(format).dateTime(new Date(iso));
  // the one thing this user most likely came for gets the primary style
  const hostPrimary = a.canHost && !a.isJudge;
  const dates = [
    t('arenaPrep.list.createdAt', { at: at(a.createdAt) }),
    a.drawnAt && t('arenaPrep.list.drawnAt', { at: at(a.drawnAt) }),
    a.startedAt && t('arenaPrep.list.startedAt', { at: at(a.startedAt) }),
    a.finishedAt && t('arenaPrep.list.finishedAt', { at: at(a.finishedAt) }),
  ].filter(Boolean) as string[];
  return (
    <li className="rounded-lg border border-slate-200 bg-white p-4 shadow-sm sm:p-5" data-testid="arena-card" data-arena-id={a.id} data-state={a.state}>
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div className="min-w-0">
          <div className="flex flex-wrap items-center gap-2">
            <h2 className="break-words text-lg font-semibold text-slate-900">{a.name}</h2>
            <ArenaStateBadge state={a.state} />
            {a.isJudge && (
              <span className="whitespace-nowrap rounded bg-brand-50 px-2 py-0.5 text-xs font-medium text-brand-700">{t('arenaPrep.list.youJudge')}</span>
            )}
          </div>
          <p className="mt-0.5 text-sm text-slate-500">
            {a.periodName} · {t('arenaPrep.list.periodState', { state: t(`periodState.${a.periodState}`) })}
          </p>
        </div>
        <div className="flex flex-wrap gap-2">
          {a.isJudge && (
            <Link href={`/arena/${a.id}/judge`} className={primaryLink} data-testid="arena-link-judge">
              {t('arenaPrep.list.judge')}
            </Link>
          )}
          {a.canHost && (
            <>
              <Link href={`/arena/${a.id}`} className={hostPrimary && a.state === 'prep' ? primaryLink : secondaryLink} data-testid="arena-link-prep">
                {t('arenaPrep.list.prep')}
              </Link>
              <Link href={`/arena/${a.id}/host`} className={hostPrimary && a.state !== 'prep' ? primaryLink : secondaryLink} data-testid="arena-link-host">
                {t('arenaPrep.list.host')}
              </Link>
            </>
          )}
          <a href={`/screen/${a.id}`} target="_blank" rel="noreferrer" className={secondaryLink} data-testid="arena-link-screen">
            {t('arenaPrep.list.screen')}
            <span className="sr-only">{t('arenaPrep.list.newWindow')}</span>
          </a>
        </div>
      </div>
      <dl className="mt-3 grid max-w-xl grid-cols-2 gap-x-4 gap-y-2 text-sm sm:grid-cols-3">
        <div>
          <dt className="text-xs text-slate-500">{t('arenaPrep.list.participants')}</dt>
          <dd className="tabular font-medium" data-testid="arena-participant-count">
            {t('arenaPrep.list.participantsValue', { count: a.participantCount })}
            {a.state !== 'prep' && (
              <span className="ml-1 text-xs font-normal text-slate-500">
                {t('arenaPrep.list.closedValue', { closed: a.closedCount, count: a.participantCount })}
              </span>
            )}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t('arenaPrep.list.judges')}</dt>
          <dd className="tabular font-medium" data-testid="arena-judge-count">
            {t('arenaPrep.list.judgesValue', { count: a.judgeCount })}
          </dd>
        </div>
        <div>
          <dt className="text-xs text-slate-500">{t('arenaPrep.list.minutes')}</dt>
          <dd className="tabular font-medium">{t('arenaPrep.list.minutesValue', { minutes: a.minutesPerSpeaker })}</dd>
        </div>
      </dl>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-0.5 text-xs text-slate-500">
        {dates.map((d) => (
          <span key={d} className="tabular">
            {d}
          </span>
        ))}
      </p>
    </li>
  );
}
