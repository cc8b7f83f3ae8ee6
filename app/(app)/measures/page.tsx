// 整改清单: every submitted rectification measure across units and periods until closed; filters by unit,
// pillar, status and overdue. The responsible unit updates status and adds dated progress notes here.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { FileLinks } from '@/components/evidence/file-links';
import { MeasureControls } from '@/components/measures/measure-controls';
import { Card, PageTitle, Stat } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/guard.server';
import { can } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db.server';
import { chinaDay } from '@/lib/domain/dates';
import { MEASURE_STATUSES, type MeasureStatus } from '@/lib/domain/enums';
import { measureEvidence } from '@/lib/evidence/queries.server';
import { isOverdue } from '@/lib/measures/rules';
import { BOARD_LIMIT, boardCounts, boardFilterOptions, boardMeasures } from '@/lib/measures/queries.server';
import { formatters } from '@/components/ui/format';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('measures') };
}

const filterSchema = z.object({
  unit: z.string().max(64).optional().catch(undefined),
  pillar: z.string().max(64).optional().catch(undefined),
  status: z.enum([...MEASURE_STATUSES, 'open', 'all']).catch('open'),
  overdue: z.literal('1').optional().catch(undefined),
});

export default async function MeasuresPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const user = await requirePermission(['measure:read:any', 'measure:read:own']);
  const t = await getTranslations();
  const format = await getFormatter();
  const f = filterSchema.parse(await searchParams);
  const db = await getDb();
  const now = new Date();
  const wholeDistrict = can(user, 'measure:read:any');
  const [measures, { units, pillars }, counts] = await Promise.all([boardMeasures(db, user, f, now), boardFilterOptions(db, user), boardCounts(db, user, now)]);
  // the listed measures are the ones this user may see: their files are readable by the same rule
  const evidence = await measureEvidence(
    db,
    measures.map((m) => m.id),
  );
  const today = chinaDay(now);
  const input = 'rounded-md border border-slate-300 px-2 py-1.5 text-sm';

  return (
    <div className="space-y-5">
      <PageTitle sub={t('measures.sub')}>{t('measures.title')}</PageTitle>
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-4">
        <Stat label={t('measures.total')} value={counts.total} />
        <Stat label={t('measures.open')} value={counts.open} href="/measures" />
        <Stat label={t('measures.overdue')} value={counts.overdue} tone={counts.overdue ? 'bad' : 'good'} href="/measures?overdue=1" />
        <Stat label={t('measures.done')} value={counts.done} tone="good" href="/measures?status=done" />
      </div>
      <Card>
        <form method="get" className="flex flex-wrap items-end gap-3 text-sm">
          {wholeDistrict && (
            <label className="flex flex-col gap-1">
              <span className="text-slate-500">{t('measures.unit')}</span>
              <select name="unit" defaultValue={f.unit ?? ''} className={`${input} max-w-[16rem]`}>
                <option value="">{t('measures.allUnits')}</option>
                {units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.name}
                  </option>
                ))}
              </select>
            </label>
          )}
          <label className="flex flex-col gap-1">
            <span className="text-slate-500">{t('measures.pillar')}</span>
            <select name="pillar" defaultValue={f.pillar ?? ''} className={`${input} max-w-[16rem]`}>
              <option value="">{t('measures.allPillars')}</option>
              {pillars.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </label>
          <label className="flex flex-col gap-1">
            <span className="text-slate-500">{t('measures.status')}</span>
            <select name="status" defaultValue={f.status} className={input}>
              <option value="open">{t('measures.statusOpen')}</option>
              {MEASURE_STATUSES.map((s) => (
                <option key={s} value={s}>
                  {t(`measureStatus.${s}`)}
                </option>
              ))}
              <option value="all">{t('measures.statusAll')}</option>
            </select>
          </label>
          <label className="flex items-center gap-1.5 py-1.5">
            <input type="checkbox" name="overdue" value="1" defaultChecked={!!f.overdue} />
            <span>{t('measures.onlyOverdue')}</span>
          </label>
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-1.5 font-semibold text-white hover:bg-brand-700">
            {t('measures.filter')}
          </button>
          <Link href="/measures" className="py-1.5 text-slate-500 hover:text-slate-900">
            {t('measures.reset')}
          </Link>
        </form>
      </Card>
      <Card title={t('measures.count', { n: measures.length })}>
        {measures.length === 0 ? (
          <p className="py-6 text-center text-sm text-slate-500">{t('measures.empty')}</p>
        ) : (
          <ul className="divide-y divide-slate-100" data-testid="measure-list">
            {measures.map((m) => {
              const overdue = isOverdue(m, now);
              const mine = can(user, 'measure:update:own') && user.unitId === m.responsibleUnitId;
              return (
                <li key={m.id} className="py-3" data-testid="measure-item">
                  <div className="flex flex-wrap items-start justify-between gap-2">
                    <div className="min-w-0 flex-1">
                      <div className="text-xs text-slate-500">
                        {m.unit.name} · {m.period.name}
                        {m.pillar ? ` · ${m.pillar.name}` : ''}
                      </div>
                      <div className="mt-0.5 font-medium">{m.content}</div>
                      {m.gap && <div className="mt-0.5 text-xs text-slate-500">{t('measures.forGap', { gap: m.gap.description })}</div>}
                    </div>
                    <div className="flex shrink-0 items-center gap-1.5">
                      <span
                        className={`rounded px-2 py-0.5 text-xs font-medium ${m.status === 'done' ? 'bg-emerald-600 text-white' : m.status === 'in_progress' ? 'bg-sky-50 text-sky-700' : 'bg-slate-100 text-slate-600'}`}
                        data-testid="measure-status"
                      >
                        {t(`measureStatus.${m.status}`)}
                      </span>
                      {overdue && <span className="rounded bg-red-600 px-2 py-0.5 text-xs font-medium text-white">{t('measures.overdueTag')}</span>}
                    </div>
                  </div>
                  <div className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm text-slate-600">
                    <span>
                      {t('measures.responsible')}：{m.responsibleUnit.name} · {m.responsiblePerson}
                    </span>
                    <span className={overdue ? 'font-medium text-red-600' : ''}>
                      {t('measures.deadline')}：{m.deadline ? formatters(format).date(m.deadline) : t('unit.noDeadline')}
                    </span>
                  </div>
                  {evidence.get(m.id) && (
                    <div className="mt-1 flex flex-wrap items-baseline gap-x-2 gap-y-0.5 text-sm" data-testid="measure-evidence">
                      <span className="text-xs text-slate-500">
                        {t('evidence.title')} · {t('evidence.files', { count: evidence.get(m.id)!.length })}
                      </span>
                      <FileLinks files={evidence.get(m.id)!} className="flex min-w-0 flex-wrap gap-x-3 gap-y-0.5" />
                    </div>
                  )}
                  {m.progress.length > 0 && (
                    <details className="mt-1 text-sm">
                      <summary className="cursor-pointer text-slate-600">
                        {t('measures.latest', { date: formatters(format).date(m.progress[0]!.date), note: m.progress[0]!.note })}
                      </summary>
                      <ol className="mt-1 space-y-1 border-l-2 border-slate-200 pl-3 text-slate-600">
                        {m.progress.map((p) => (
                          <li key={p.id}>
                            <span className="tabular text-xs text-slate-400">{formatters(format).date(p.date)}</span> {p.note}
                            {p.author ? <span className="text-xs text-slate-400"> — {p.author.name}</span> : null}
                          </li>
                        ))}
                      </ol>
                    </details>
                  )}
                  {mine && <MeasureControls measureId={m.id} status={m.status as MeasureStatus} today={today} />}
                </li>
              );
            })}
          </ul>
        )}
        {measures.length === BOARD_LIMIT && <p className="mt-3 text-xs text-slate-500">{t('measures.limited', { n: BOARD_LIMIT })}</p>}
      </Card>
    </div>
  );
}
