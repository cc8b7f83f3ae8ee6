// Speakers and judges of an arena that can no longer change (live, finished, or its period out of the arena stages).
import { getTranslations } from 'next-intl/server';
import type { PrepJudge } from '@/lib/arena/types';
import { ConflictHint } from './judges-form';

export async function ParticipantsReadOnly({ rows }: { rows: { unitId: string; code: string; name: string; groupName: string; badge: React.ReactNode }[] }) {
  const t = await getTranslations('arenaPrep.participants');
  if (rows.length === 0) return <p className="text-sm text-slate-500">{t('none')}</p>;
  return (
    <div className="space-y-2" data-testid="prep-participants" data-readonly>
      <p className="text-sm text-slate-500">{t('count', { count: rows.length })}</p>
      <ul className="grid gap-1.5 md:grid-cols-2">
        {rows.map((u) => (
          <li
            key={u.unitId}
            className="flex flex-wrap items-center gap-x-2 gap-y-1 rounded-md border border-slate-200 px-2.5 py-1.5 text-sm"
            data-testid="participant-row"
            data-unit-id={u.unitId}
            data-unit-code={u.code}
            data-selected
          >
            <span className="font-medium text-slate-800">{u.name}</span>
            <span className="font-mono text-xs text-slate-400">{u.code}</span>
            <span className="text-xs text-slate-500">{u.groupName}</span>
            <span className="ml-auto">{u.badge}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}

export async function JudgesReadOnly({ judges, participantUnitIds }: { judges: PrepJudge[]; participantUnitIds: string[] }) {
  const t = await getTranslations();
  const speaking = new Set(participantUnitIds);
  if (judges.length === 0) return <p className="text-sm text-slate-500">{t('arenaPrep.judges.none')}</p>;
  return (
    <div className="space-y-2" data-testid="prep-judges" data-readonly>
      <p className="text-sm text-slate-500">{t('arenaPrep.judges.count', { count: judges.length })}</p>
      <ul className="grid gap-1.5 md:grid-cols-2">
        {judges.map((j) => (
          <li
            key={j.userId}
            className="flex flex-col rounded-md border border-slate-200 px-2.5 py-1.5 text-sm"
            data-testid="judge-row"
            data-user-id={j.userId}
            data-username={j.username}
            data-selected
          >
            <span className="flex flex-wrap items-center gap-x-2">
              <span className="font-medium text-slate-800">{j.name}</span>
              {j.title && <span className="text-xs text-slate-500">{j.title}</span>}
              <span className="rounded bg-slate-100 px-1.5 py-0.5 text-xs text-slate-600">{t(`roles.${j.role}`)}</span>
            </span>
            {j.unitName && j.unitId && <ConflictHint unitName={j.unitName} speaking={speaking.has(j.unitId)} />}
          </li>
        ))}
      </ul>
    </div>
  );
}
