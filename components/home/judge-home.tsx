// Home of a judge: the arenas they sit on.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { ButtonLink, Card, Notice, PageTitle } from '@/components/ui/card';
import type { CurrentUser } from '@/lib/auth/guard.server';
import type { Db } from '@/lib/db/client';
import { judgeSeats } from '@/lib/home/queries.server';

export async function JudgeHome({ db, user }: { db: Db; user: CurrentUser }) {
  const t = await getTranslations();
  const seats = await judgeSeats(db, user);
  return (
    <div className="space-y-5">
      <PageTitle sub={t('home.judgeSub')}>{t('home.welcome', { name: user.name })}</PageTitle>
      <Card title={t('home.arenaCard')} action={<ButtonLink href="/arena">{t('home.toArena')}</ButtonLink>}>
        {seats.length ? (
          <ul className="divide-y divide-slate-100 text-sm">
            {seats.map((s) => (
              <li key={s.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span>
                  {s.arena.period.name} · {s.arena.name}
                </span>
                <span className="flex items-center gap-3 text-slate-500">
                  {t(`arenaState.${s.arena.state}`)} · {t('home.speakers', { n: s.arena._count.participants })}
                  {s.arena.state !== 'finished' && (
                    <Link
                      href={`/arena/${s.arena.id}/judge`}
                      className="rounded-md bg-brand-600 px-3 py-1 font-semibold text-white hover:bg-brand-700"
                      data-testid="home-enter-scoring"
                    >
                      {t('home.enterScoring')}
                    </Link>
                  )}
                </span>
              </li>
            ))}
          </ul>
        ) : (
          <Notice>{t('home.noArena')}</Notice>
        )}
      </Card>
    </div>
  );
}
