// One unit's half-year submission, read-only view: indicators, 亮绩, gaps and root causes, measures, goals.
// Only the unit's own users and district-wide readers reach it; anyone else gets the same 404 as a missing id.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { SubmissionStatusLine } from '@/components/submission/status-line';
import { Card, Notice, PageTitle } from '@/components/ui/card';
import { requireUnitReader } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import { getCurrentPeriod } from '@/lib/periods.server';
import { getSubmission, getUnitWithIndicators } from '@/lib/submissions/queries.server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('mySubmission') };
}

export default async function UnitPage({ params }: { params: Promise<{ unitId: string }> }) {
  const { unitId } = await params;
  const user = await requireUnitReader(unitId);
  const db = await getDb();
  const t = await getTranslations();
  const format = await getFormatter();
  const period = await getCurrentPeriod(db);
  if (!period) return <Notice>{t('home.noPeriod')}</Notice>;
  const [unit, submission] = await Promise.all([getUnitWithIndicators(db, user, unitId, period.id), getSubmission(db, user, period.id, unitId)]);
  if (!unit) notFound();
  const values = new Map(submission?.values.map((v) => [v.indicatorId, v]) ?? []);
  const num = (n: number | null | undefined) => (n === null || n === undefined ? '—' : format.number(n, { maximumFractionDigits: 2 }));

  return (
    <div className="space-y-5">
      <PageTitle sub={`${unit.group.name} · ${t(`unitKind.${unit.kind}`)} · ${t('unit.head')}：${unit.headName}${unit.headTitle ? `（${unit.headTitle}）` : ''}`}>
        {unit.name}
      </PageTitle>
      <Card title={t('unit.submissionOf', { period: period.name })}>
        <SubmissionStatusLine submission={submission} deadline={period.deadline} now={new Date()} />
        <p className="mt-3 text-xs text-slate-400">{t('unit.editingSoon')}</p>
      </Card>

      <Card title={t('unit.indicators', { count: unit.indicators.length })}>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[760px] text-sm" data-testid="indicator-table">
            <thead>
              <tr className="border-b border-slate-200 text-left text-slate-500">
                <th className="py-2 pr-3 font-medium">{t('indicator.name')}</th>
                <th className="py-2 pr-3 font-medium">{t('indicator.category')}</th>
                <th className="py-2 pr-3 text-right font-medium">{t('indicator.halfTarget')}</th>
                <th className="py-2 pr-3 text-right font-medium">{t('indicator.actual')}</th>
                <th className="py-2 pr-3 font-medium">{t('indicator.measureUnit')}</th>
                <th className="py-2 pr-3 text-right font-medium">{t('indicator.weight')}</th>
                <th className="py-2 font-medium">{t('indicator.method')}</th>
              </tr>
            </thead>
            <tbody>
              {unit.indicators.map((ind) => {
                const v = values.get(ind.id);
                const target =
                  ind.direction === 'milestone' ? ind.plannedPercent : (ind.halfTarget ?? (ind.annualTarget !== null ? ind.annualTarget * period.timeProgress : null));
                return (
                  <tr key={ind.id} className="border-b border-slate-100 align-top">
                    <td className="py-2 pr-3">
                      <div>{ind.name}</div>
                      {v?.evidence && <div className="mt-0.5 text-xs text-slate-500">{v.evidence}</div>}
                    </td>
                    <td className="py-2 pr-3 whitespace-nowrap text-slate-500">{t(`indicator.categories.${ind.category}`)}</td>
                    <td className="tabular py-2 pr-3 text-right">{num(target)}</td>
                    <td className="tabular py-2 pr-3 text-right font-medium">
                      {v?.actual === null || v?.actual === undefined ? <span className="text-red-600">{t('indicator.notFilled')}</span> : num(v.actual)}
                    </td>
                    <td className="py-2 pr-3 whitespace-nowrap text-slate-500">{ind.direction === 'milestone' ? '%' : ind.measureUnit}</td>
                    <td className="tabular py-2 pr-3 text-right">{num(ind.weight)}</td>
                    <td className="py-2 whitespace-nowrap text-slate-500">
                      {t(`indicator.methods.${ind.method}`)} · {t(`indicator.directions.${ind.direction}`)}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </Card>

      {submission ? (
        <>
          <Card title={t('unit.highlights')}>
            <p className="whitespace-pre-line text-sm leading-relaxed">{submission.highlights || '—'}</p>
          </Card>
          <Card title={t('unit.gaps', { count: submission.gaps.length })}>
            <ol className="space-y-4 text-sm">
              {submission.gaps.map((g, i) => (
                <li key={g.id} className="rounded-md border border-slate-100 p-3">
                  <div className="font-medium">
                    {i + 1}. {g.description}
                  </div>
                  <div className="mt-1 text-slate-600">
                    <span className="font-medium text-slate-500">{t('unit.rootCause')}：</span>
                    {g.rootCause}
                  </div>
                  {g.measures.length > 0 && (
                    <ul className="mt-2 space-y-1 border-l-2 border-brand-100 pl-3">
                      {g.measures.map((m) => (
                        <li key={m.id}>
                          <span>{m.content}</span>
                          <span className="ml-2 text-xs text-slate-500">
                            {m.responsiblePerson} · {t('unit.due')} {m.deadline ? format.dateTime(m.deadline, { dateStyle: 'medium' }) : t('unit.noDeadline')} · {t(`measureStatus.${m.status}`)}
                          </span>
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          </Card>
          <Card title={t('unit.pillarMeasures')}>
            <ul className="space-y-2 text-sm">
              {submission.pillarMeasures.map((pm) => (
                <li key={pm.id}>
                  <span className="mr-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-700">{pm.pillar.name}</span>
                  {pm.content}
                </li>
              ))}
            </ul>
          </Card>
          <Card title={t('unit.h2Goals')}>
            <p className="whitespace-pre-line text-sm leading-relaxed">{submission.h2Goals || '—'}</p>
          </Card>
        </>
      ) : (
        <Notice>{t('unit.noSubmission')}</Notice>
      )}
    </div>
  );
}
