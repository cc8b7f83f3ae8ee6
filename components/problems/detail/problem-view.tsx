// A problem's page body: its facts (enterprise, what it asks, who leads and answers for it, deadline, ageing), the
// steps the viewer may take, and the timeline of every step with who, when and what they wrote.
import { getFormatter, getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import { formatters } from '@/components/ui/format';
import { chinaDay } from '@/lib/domain/dates';
import type { ProblemDetail, ProblemEventView } from '@/lib/problems/queries.server';
import { ProblemFlags, ProblemStatusBadge } from '../badges';
import type { UnitChoice } from '../record-form';
import { StepPanel } from './step-panel';

export async function ProblemView({ problem: p, units, now }: { problem: ProblemDetail; units: UnitChoice[]; now: Date }) {
  const t = await getTranslations('problemFlow');
  const tp = await getTranslations('problem');
  const f = formatters(await getFormatter());
  const open = p.status === 'pending' || p.status === 'in_progress' || p.status === 'transferred';
  const fact = (label: string, value: React.ReactNode, wide = false) => (
    <div className={`min-w-0 ${wide ? 'sm:col-span-2' : ''}`}>
      <dt className="text-xs text-slate-500">{label}</dt>
      <dd className="break-words text-sm text-slate-900">{value}</dd>
    </div>
  );
  return (
    <div className="space-y-4">
      <div className="space-y-2">
        <p className="font-mono text-sm text-slate-500" data-testid="problem-code">
          {p.code}
        </p>
        <h1 className="break-words text-xl font-bold text-slate-900 sm:text-2xl">{p.title}</h1>
        <div className="flex flex-wrap items-center gap-2" data-testid="problem-badges">
          <ProblemStatusBadge status={p.status} />
          <ProblemFlags overdue={p.overdue} supervised={p.supervised} />
          <span className="text-sm text-slate-600">{open ? t('detail.daysOpen', { days: p.daysOpen }) : t('detail.daysTaken', { days: p.daysOpen })}</span>
          {p.reopenCount > 0 && <span className="text-sm text-amber-700">{t('detail.reopenCount', { count: p.reopenCount })}</span>}
        </div>
      </div>

      <Card title={t('detail.steps')}>
        <StepPanel
          problemId={p.id}
          version={p.version}
          steps={p.steps}
          today={chinaDay(now)}
          units={units}
          current={{
            leadUnitId: p.leadUnit.id,
            assistUnitIds: p.assistUnits.map((u) => u.id),
            responsiblePerson: p.responsiblePerson,
            dueDay: chinaDay(p.dueAt),
          }}
        />
      </Card>

      <Card title={t('detail.facts')}>
        <dl className="grid gap-x-6 gap-y-3 sm:grid-cols-2" data-testid="problem-facts">
          {fact(t('field.enterpriseName'), p.enterpriseName)}
          {fact(t('detail.creditCode'), p.creditCode ? <span className="font-mono">{p.creditCode}</span> : '—')}
          {fact(t('detail.contact'), [p.contactName, p.contactPhone].filter(Boolean).join(' · ') || '—')}
          {fact(t('detail.category'), `${tp(`category.${p.category}`)} · ${tp(`source.${p.source}`)}`)}
          {fact(t('detail.description'), <span className="whitespace-pre-line">{p.description}</span>, true)}
          {fact(t('detail.leadUnit'), p.leadUnit.name)}
          {fact(t('detail.assistUnits'), p.assistUnits.length ? p.assistUnits.map((u) => u.name).join('、') : t('detail.none'))}
          {fact(t('detail.responsiblePerson'), p.responsiblePerson)}
          {fact(t('detail.raisedAt'), f.date(p.raisedAt))}
          {fact(t('detail.dueAt'), <span className={p.overdue ? 'font-semibold text-red-700' : ''}>{f.date(p.dueAt)}</span>)}
          {p.resolution && fact(t('detail.resolution'), <span className="whitespace-pre-line">{p.resolution}</span>, true)}
          {p.rating && fact(t('detail.rating'), [tp(`rating.${p.rating}`), p.ratingNote].filter(Boolean).join(' — '))}
          {p.supervised && p.supervisionNote && fact(t('detail.supervision'), p.supervisionNote)}
          {p.status === 'transferred' && p.transferReason && fact(t('detail.transferReason'), p.transferReason, true)}
        </dl>
      </Card>

      <Card title={t('detail.timeline')}>
        <ol className="space-y-3" data-testid="problem-timeline">
          {[...p.events].reverse().map((e) => (
            <TimelineItem key={e.id} e={e} units={units} date={f.date} dateTime={f.dateTime} />
          ))}
        </ol>
      </Card>
    </div>
  );
}

async function TimelineItem({
  e,
  units,
  date,
  dateTime,
}: {
  e: ProblemEventView;
  units: UnitChoice[];
  date: (d: Date) => string;
  dateTime: (d: Date) => string;
}) {
  const t = await getTranslations('problemFlow');
  const tp = await getTranslations('problem');
  const kind = tp.has(`step.${e.kind}`) ? tp(`step.${e.kind}`) : e.kind;
  const moved = e.fromStatus && e.toStatus && e.fromStatus !== e.toStatus;
  const d = e.data ?? {};
  const unitName = (id: unknown) => units.find((u) => u.id === id)?.name ?? String(id);
  const to = d.to as { leadUnitId?: string; responsiblePerson?: string; dueAt?: string } | undefined;
  return (
    <li className="border-l-2 border-slate-200 pl-3" data-testid="timeline-item" data-kind={e.kind}>
      <div className="flex flex-wrap items-baseline gap-x-2 text-sm">
        <span className="font-semibold text-slate-900">{kind}</span>
        {moved && <span className="text-slate-600">{t('event.statusChange', { from: tp(`status.${e.fromStatus}`), to: tp(`status.${e.toStatus}`) })}</span>}
      </div>
      <p className="text-xs text-slate-500">
        {e.actorName} · <time dateTime={e.at.toISOString()}>{dateTime(e.at)}</time>
      </p>
      {typeof d.date === 'string' && <p className="text-xs text-slate-600">{t('event.noteDate', { date: date(new Date(`${d.date}T12:00:00+08:00`)) })}</p>}
      {typeof d.rating === 'string' && <p className="text-sm text-slate-800">{t('event.rating', { rating: tp(`rating.${d.rating}`) })}</p>}
      {to?.leadUnitId && (
        <p className="text-sm text-slate-800">
          {t('event.reassigned', { lead: unitName(to.leadUnitId), person: to.responsiblePerson ?? '', due: to.dueAt ? date(new Date(to.dueAt)) : '—' })}
        </p>
      )}
      {e.note && <p className="whitespace-pre-line break-words text-sm text-slate-800">{e.note}</p>}
    </li>
  );
}
