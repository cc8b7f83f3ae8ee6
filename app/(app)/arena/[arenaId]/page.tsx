// 擂台赛筹备: settings, speakers (by contest group, with their submission state), judges (with the own-unit
// conflict), speaking order by hand or by lot (seed, recipe and every draw shown for re-checking), the
// period's rubric, and the start — read-only once the arena is live or finished.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { secondaryLink } from '@/components/arena/prep/arena-card';
import { ArenaStateBadge, SubmissionBadge } from '@/components/arena/prep/badges';
import { DrawHistory, DrawStatus } from '@/components/arena/prep/draw-panel';
import { JudgesForm } from '@/components/arena/prep/judges-form';
import { OrderEditor } from '@/components/arena/prep/order-editor';
import { ParticipantsForm, type CandidateGroup } from '@/components/arena/prep/participants-form';
import { JudgesReadOnly, ParticipantsReadOnly } from '@/components/arena/prep/readonly-lists';
import { RubricCard } from '@/components/arena/prep/rubric-card';
import { SettingsForm } from '@/components/arena/prep/settings-form';
import { StartPanel } from '@/components/arena/prep/start-panel';
import { Card } from '@/components/ui/card';
import { getArenaPrep } from '@/lib/arena/queries.server';
import { requirePermission } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import { arenaNameForTitle } from '@/lib/shell/titles.server';

export async function generateMetadata({ params }: { params: Promise<{ arenaId: string }> }): Promise<Metadata> {
  const [t, arena] = await Promise.all([getTranslations(), arenaNameForTitle((await params).arenaId)]);
  return { title: arena ? t('titles.arenaPrep', { arena }) : t('arenaPrep.prep.metaTitle') };
}

export default async function ArenaPrepPage({ params }: { params: Promise<{ arenaId: string }> }) {
  const user = await requirePermission('arena:host');
  const { arenaId } = await params;
  const prep = await getArenaPrep(await getDb(), user, arenaId);
  if (!prep) notFound();
  const t = await getTranslations();
  const { arena, editable } = prep;
  const periodStateLabel = t.has(`periodState.${arena.periodState}`) ? t(`periodState.${arena.periodState}`) : arena.periodState;

  const candidateById = new Map(prep.candidateUnits.map((u) => [u.unitId, u]));
  const participantUnitIds = prep.participants.map((p) => p.unitId);
  const labelOf = new Map<string, string>();
  for (const u of prep.candidateUnits) labelOf.set(u.code, u.shortName || u.name);
  for (const p of prep.participants) if (!labelOf.has(p.unitCode)) labelOf.set(p.unitCode, p.unitName);
  const unitLabel = (code: string) => labelOf.get(code) ?? code;

  // speakers by contest group, groups in the order their first unit appears (units come in unit order)
  const groups: CandidateGroup[] = [];
  for (const u of prep.candidateUnits) {
    let g = groups.find((x) => x.groupId === u.groupId);
    if (!g) groups.push((g = { groupId: u.groupId, groupName: u.groupName, units: [] }));
    g.units.push({
      unitId: u.unitId,
      code: u.code,
      name: u.name,
      kind: u.kind,
      badge: <SubmissionBadge state={u.submissionState} late={u.late} />,
      noContent: u.submissionState === 'none' || u.submissionState === 'draft',
    });
  }
  // a speaker whose unit was deactivated is not a candidate any more: show it so the host can drop it
  const inactive = prep.participants.filter((p) => !candidateById.has(p.unitId)).map((p) => ({ unitId: p.unitId, code: p.unitCode, name: p.unitName }));
  // likewise a judge whose account was disabled or whose role changed
  const candidateJudgeIds = new Set(prep.candidateJudges.map((j) => j.userId));
  const judgeCandidates = [...prep.candidateJudges, ...prep.judges.filter((j) => !candidateJudgeIds.has(j.userId))];

  const readOnlyNote =
    arena.state === 'live'
      ? t('arenaPrep.prep.readOnlyLive')
      : arena.state === 'finished'
        ? t('arenaPrep.prep.readOnlyFinished')
        : !editable
          ? t('arenaPrep.prep.readOnlyPeriod', { period: arena.periodName, state: periodStateLabel })
          : null;

  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link href="/arena" className="text-brand-700 hover:underline">
          ← {t('arenaPrep.prep.back')}
        </Link>
      </p>

      <header className="flex flex-wrap items-start justify-between gap-3" data-testid="prep-header">
        <div className="min-w-0">
          <h1 className="flex flex-wrap items-center gap-2 text-2xl font-bold text-slate-900">
            <span className="break-words" data-testid="prep-arena-name">
              {arena.name}
            </span>
            <ArenaStateBadge state={arena.state} />
          </h1>
          <p className="mt-1 text-sm text-slate-500">
            {t('arenaPrep.prep.sub', { period: arena.periodName })} · {t('arenaPrep.prep.periodState', { state: periodStateLabel })}
          </p>
        </div>
        <nav className="flex flex-wrap gap-2" aria-label={arena.name}>
          <Link href={`/arena/${arena.id}/host`} className={secondaryLink} data-testid="prep-link-host">
            {t('arenaPrep.prep.host')}
          </Link>
          <a href={`/screen/${arena.id}`} target="_blank" rel="noreferrer" className={secondaryLink} data-testid="prep-link-screen">
            {t('arenaPrep.prep.screen')}
            <span className="sr-only">{t('arenaPrep.list.newWindow')}</span>
          </a>
          <Link href={`/arena/${arena.id}/judge`} className={secondaryLink} data-testid="prep-link-judge">
            {t('arenaPrep.prep.judge')}
          </Link>
        </nav>
      </header>

      {readOnlyNote && (
        <p className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-900" role="note" data-testid="prep-readonly">
          {readOnlyNote}
        </p>
      )}

      <div className="grid gap-5 lg:grid-cols-[minmax(0,2fr)_minmax(0,1fr)]">
        <div className="min-w-0 space-y-5">
          <Card title={t('arenaPrep.participants.title')}>
            {editable ? (
              <ParticipantsForm arenaId={arena.id} groups={groups} inactive={inactive} selectedIds={participantUnitIds} drawActive={arena.drawSeed !== null} />
            ) : (
              <ParticipantsReadOnly
                rows={prep.participants.map((p) => {
                  const u = candidateById.get(p.unitId);
                  return {
                    unitId: p.unitId,
                    code: p.unitCode,
                    name: p.unitName,
                    groupName: p.groupName,
                    badge: u ? <SubmissionBadge state={u.submissionState} late={u.late} /> : null,
                  };
                })}
              />
            )}
          </Card>

          <Card title={t('arenaPrep.judges.title')}>
            {editable ? (
              <JudgesForm
                arenaId={arena.id}
                candidates={judgeCandidates}
                selectedIds={prep.judges.map((j) => j.userId)}
                participantUnitIds={participantUnitIds}
              />
            ) : (
              <JudgesReadOnly judges={prep.judges} participantUnitIds={participantUnitIds} />
            )}
          </Card>

          <Card title={t('arenaPrep.order.title')}>
            <div className="space-y-5">
              <DrawStatus prep={prep} />
              <OrderEditor
                arenaId={arena.id}
                items={prep.participants.map((p) => ({ id: p.id, unitName: p.unitName, unitCode: p.unitCode, groupName: p.groupName }))}
                drawSeed={arena.drawSeed}
                editable={editable}
                drawActive={arena.drawSeed !== null}
              />
              <DrawHistory prep={prep} unitLabel={unitLabel} />
            </div>
          </Card>
        </div>

        <aside className="min-w-0 space-y-5">
          <StartPanel prep={prep} />
          <Card title={t('arenaPrep.settings.title')}>
            <SettingsForm
              arenaId={arena.id}
              name={arena.name}
              minutesPerSpeaker={arena.minutesPerSpeaker}
              scheduledAt={prep.scheduledAt}
              mode={arena.state === 'finished' ? 'locked' : arena.state === 'live' ? 'live' : 'prep'}
            />
          </Card>
          <RubricCard periodId={arena.periodId} rubric={prep.rubric} locked={prep.rubricLocked} />
        </aside>
      </div>
    </div>
  );
}
