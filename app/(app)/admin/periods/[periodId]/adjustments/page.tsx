// 加减分 of one period (admin): items by unit with who entered them, each unit's bonus against the cap, add and delete until publication.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { AdjustmentForm, DeleteAdjustmentButton } from '@/components/adjustments/adjustment-forms';
import { Card, Notice, PageTitle } from '@/components/ui/card';
import { getPeriodAdjustments } from '@/lib/adjustments/queries.server';
import { requirePermission } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import { formatters } from '@/components/ui/format';
import { periodNameForTitle } from '@/lib/shell/titles.server';

export async function generateMetadata({ params }: { params: Promise<{ periodId: string }> }): Promise<Metadata> {
  const [t, period] = await Promise.all([getTranslations(), periodNameForTitle((await params).periodId)]);
  return { title: period ? t('titles.adjustments', { period }) : t('adjustments.title') };
}

export default async function AdjustmentsPage({ params }: { params: Promise<{ periodId: string }> }) {
  await requirePermission('setup:manage');
  const { periodId } = await params;
  const t = await getTranslations();
  const format = await getFormatter();
  const data = await getPeriodAdjustments(await getDb(), periodId);
  if (!data) notFound();
  const { period, units, byUnit, itemCount } = data;
  const f = formatters(format);
  const num = (n: number) => f.val(n, 2);
  const signed = (n: number) => f.signedVal(n);
  const capped = byUnit.filter((u) => u.bonusCut > 0).length;
  return (
    <div className="space-y-5">
      <p className="text-sm">
        <Link href={`/admin/periods/${period.id}`} className="text-brand-700 hover:underline">
          ← {t('adjustments.back', { period: period.name })}
        </Link>
      </p>
      <PageTitle sub={t('adjustments.sub', { cap: num(period.bonusCap) })}>{t('adjustments.pageTitle', { period: period.name })}</PageTitle>

      {period.state === 'published' && (
        <p role="status" className="rounded-md border border-sky-200 bg-sky-50 px-3 py-2 text-sm text-sky-800" data-testid="adjustments-published">
          {t('adjustments.afterPublication', { period: period.name })}
        </p>
      )}
      {period.locked ? (
        <p role="status" className="rounded-md border border-amber-200 bg-amber-50 px-3 py-2 text-sm text-amber-800" data-testid="adjustments-locked">
          {t('adjustments.locked', { period: period.name, state: t(`periodState.${period.state as 'archived'}`) })}
        </p>
      ) : (
        <Card title={t('adjustments.create')}>
          <AdjustmentForm periodId={period.id} units={units} />
        </Card>
      )}

      <Card title={t('adjustments.listTitle')}>
        {byUnit.length === 0 ? (
          <Notice>{t('adjustments.empty')}</Notice>
        ) : (
          <div className="space-y-5">
            <p className="text-sm text-slate-600" data-testid="adjustments-summary">
              {t('adjustments.summary', { items: itemCount, units: byUnit.length })}
              {capped > 0 && <span className="ml-2 font-medium text-amber-700">{t('adjustments.summaryCapped', { count: capped })}</span>}
            </p>
            {byUnit.map((u) => (
              <section key={u.unitId} className="rounded-md border border-slate-200" data-testid="adjustment-unit" data-unit={u.unitName}>
                <header className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1 border-b border-slate-100 bg-slate-50 px-3 py-2">
                  <h3 className="font-semibold text-slate-800">
                    {u.unitName}
                    <span className="ml-2 text-xs font-normal text-slate-500">{u.groupName}</span>
                  </h3>
                  <p className="tabular flex flex-wrap gap-x-3 text-sm" data-testid="unit-totals">
                    <span className={u.bonusCut > 0 ? 'font-medium text-amber-700' : 'text-slate-600'}>
                      {t('adjustments.bonusTotal', { raw: num(u.bonusRaw), cap: num(period.bonusCap) })}
                    </span>
                    {u.bonusCut > 0 && (
                      <span className="font-medium text-amber-700" data-testid="cap-note">
                        {t('adjustments.bonusCapped', { cut: num(u.bonusCut), applied: num(u.bonusApplied) })}
                      </span>
                    )}
                    {u.penaltyTotal < 0 && <span className="text-red-700">{t('adjustments.penaltyTotal', { total: num(u.penaltyTotal) })}</span>}
                    <span className="font-semibold text-slate-900">{t('adjustments.netTotal', { total: signed(u.total) })}</span>
                  </p>
                </header>
                <div className="overflow-x-auto">
                  {/* fixed columns, so the tables of all units line up one under another */}
                  <table className="w-full min-w-[760px] table-fixed text-sm">
                    <colgroup>
                      <col className="w-16" />
                      <col className="w-20" />
                      <col />
                      <col className="w-[22%]" />
                      <col className="w-24" />
                      <col className="w-40" />
                      {!period.locked && <col className="w-28" />}
                    </colgroup>
                    <thead className="text-left text-xs text-slate-500">
                      <tr>
                        <th className="px-3 py-2 font-medium">{t('adjustments.colKind')}</th>
                        <th className="px-3 py-2 text-right font-medium">{t('adjustments.colPoints')}</th>
                        <th className="px-3 py-2 font-medium">{t('adjustments.colReason')}</th>
                        <th className="px-3 py-2 font-medium">{t('adjustments.colEvidence')}</th>
                        <th className="px-3 py-2 font-medium">{t('adjustments.colBy')}</th>
                        <th className="px-3 py-2 font-medium">{t('adjustments.colAt')}</th>
                        {!period.locked && <th className="px-3 py-2 font-medium">{t('adjustments.colActions')}</th>}
                      </tr>
                    </thead>
                    <tbody className="divide-y divide-slate-100">
                      {u.items.map((a) => (
                        <tr key={a.id} data-testid="adjustment-row" className="align-top">
                          <td className="whitespace-nowrap px-3 py-2">
                            <span
                              className={`rounded px-1.5 py-0.5 text-xs font-medium ${a.points > 0 ? 'bg-green-50 text-green-800' : 'bg-red-50 text-red-800'}`}
                            >
                              {t(a.points > 0 ? 'adjustments.kindBonus' : 'adjustments.kindPenalty')}
                            </span>
                          </td>
                          <td className={`tabular whitespace-nowrap px-3 py-2 text-right font-medium ${a.points > 0 ? 'text-green-700' : 'text-red-700'}`}>
                            {signed(a.points)}
                          </td>
                          <td className="break-words px-3 py-2">{a.reason}</td>
                          <td className="break-words px-3 py-2 text-slate-600">{a.evidence ?? t('adjustments.noEvidence')}</td>
                          <td className="whitespace-nowrap px-3 py-2 text-slate-600">{a.createdBy ?? t('adjustments.unknownUser')}</td>
                          <td className="tabular whitespace-nowrap px-3 py-2 text-slate-600">{f.dateTime(a.createdAt)}</td>
                          {!period.locked && (
                            <td className="px-3 py-2">
                              <DeleteAdjustmentButton id={a.id} />
                            </td>
                          )}
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              </section>
            ))}
          </div>
        )}
      </Card>
    </div>
  );
}
