// A submission, read-only: indicators with completion and light (same pure function as scoring), 亮绩, gaps, measures, goals.
import { getFormatter, getTranslations } from 'next-intl/server';
import { Card, Notice } from '@/components/ui/card';
import type { SubmissionContent } from '@/lib/domain/submission-content';
import { evaluateIndicator } from '@/lib/scoring';
import type { PeriodSettings } from '@/lib/scoring';
import { flagOf } from '@/lib/submissions/rules';
import type { FormIndicator } from './form-model';
import { LedgerDerivation } from '@/components/ledger/derivation';
import { LedgerSourceLine } from './ledger-actual';
import { StatisticsBadge } from './statistics-badge';
import { Light } from './light';
import { formatters } from '@/components/ui/format';
import { RecordEvidence } from '@/components/evidence/record-evidence';
import type { InlineEvidence } from '@/components/evidence/view';
import { PlausibilityFlag } from './plausibility-flag';

interface Props {
  indicators: FormIndicator[];
  settings: PeriodSettings;
  content: SubmissionContent | null;
  pillars: Map<string, string>;
  units: Map<string, string>;
  /** the unit's actuals last period by indicator key */
  previous: ReadonlyMap<string, number>;
  /** the unit's 佐证材料, shown under each indicator and measure that has some (and each indicator marked 必传) */
  evidence?: InlineEvidence;
}

export async function SubmissionView({ indicators, settings, content, pillars, units, previous, evidence }: Props) {
  const t = await getTranslations();
  const format = await getFormatter();
  const values = new Map(content?.values.map((v) => [v.indicatorId, v]) ?? []);
  const f = formatters(format);
  const num = (n: number | null | undefined) => f.val(n, 2);
  return (
    <>
      <Card title={t('unit.indicators', { count: indicators.length })}>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[760px] text-sm" data-testid="indicator-table">
            <thead>
              <tr className="border-b border-slate-200 text-left text-slate-500">
                <th className="py-2 pr-3 font-medium">{t('indicator.name')}</th>
                <th className="py-2 pr-3 text-right font-medium">{t('indicator.halfTarget')}</th>
                <th className="py-2 pr-3 text-right font-medium">{t('indicator.actual')}</th>
                <th className="py-2 pr-3 text-right font-medium">{t('submission.col.completion')}</th>
                <th className="py-2 pr-3 text-right font-medium">{t('indicator.weight')}</th>
                <th className="py-2 font-medium">{t('indicator.method')}</th>
              </tr>
            </thead>
            <tbody>
              {indicators.map((ind) => {
                const v = values.get(ind.id);
                const actual = ind.ledger ? ind.ledger.value : (v?.actual ?? null);
                const r = evaluateIndicator({ ...ind, actual }, settings);
                const unit = ind.direction === 'milestone' ? '%' : ind.measureUnit;
                return (
                  <tr key={ind.id} className="border-b border-slate-100 align-top">
                    <td className="py-2 pr-3 break-words [overflow-wrap:anywhere]">
                      <div>{ind.name}</div>
                      <div className="text-xs text-slate-500">
                        {t(`indicator.categories.${ind.category}`)}
                        {v?.evidence ? ` · ${v.evidence}` : ''}
                      </div>
                      {ind.ledger && <LedgerSourceLine figure={ind.ledger.figure} />}
                      {ind.statistics && (
                        <div className="mt-1">
                          <StatisticsBadge />
                        </div>
                      )}
                      {!ind.ledger && flagOf(ind, actual, previous.get(ind.key) ?? null, settings) && <PlausibilityFlag note={v?.plausibilityNote} />}
                      {/* read-only: only what there is, or what is required; kept narrow so the number columns keep their room */}
                      {evidence && (evidence.files[ind.id]?.length || evidence.required.includes(ind.id)) ? (
                        <div className="mt-1.5 max-w-lg">
                          <RecordEvidence kind="indicator" id={ind.id} label={ind.name} evidence={evidence} stacked />
                        </div>
                      ) : null}
                    </td>
                    <td className="tabular py-2 pr-3 text-right whitespace-nowrap">
                      {num(r.target.value)} <span className="text-xs text-slate-500">{unit}</span>
                    </td>
                    <td className="tabular py-2 pr-3 text-right font-medium whitespace-nowrap">
                      {r.missing ? (
                        <span className="text-red-600">{t('indicator.notFilled')}</span>
                      ) : (
                        <>
                          {num(r.actual)} <span className="text-xs font-normal text-slate-500">{unit}</span>
                        </>
                      )}
                      {ind.ledger && (
                        <div className="text-xs font-normal whitespace-normal text-slate-500">
                          <LedgerDerivation ledger={ind.ledger} value={ind.ledger.value} />
                        </div>
                      )}
                    </td>
                    <td className="tabular py-2 pr-3 text-right whitespace-nowrap">
                      <span className="inline-flex items-center gap-1.5">
                        <Light light={r.light} />
                        {r.missing ? '—' : f.pct(r.c)}
                      </span>
                    </td>
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

      {content ? (
        <>
          <Card title={t('unit.highlights')}>
            <p className="text-sm leading-relaxed break-words whitespace-pre-line [overflow-wrap:anywhere]">{content.highlights || '—'}</p>
          </Card>
          <Card title={t('unit.gaps', { count: content.gaps.length })}>
            <ol className="space-y-4 text-sm break-words [overflow-wrap:anywhere]">
              {content.gaps.map((g, i) => (
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
                            {units.get(m.responsibleUnitId) ?? ''} · {m.responsiblePerson} · {t('unit.due')} {m.deadline || t('unit.noDeadline')}
                          </span>
                          {evidence?.files[m.id]?.length ? (
                            <div className="mt-1">
                              <RecordEvidence kind="measure" id={m.id} label={m.content} evidence={evidence} />
                            </div>
                          ) : null}
                        </li>
                      ))}
                    </ul>
                  )}
                </li>
              ))}
            </ol>
          </Card>
          <Card title={t('unit.pillarMeasures')}>
            <ul className="space-y-2 text-sm break-words [overflow-wrap:anywhere]">
              {content.pillarMeasures.map((pm) => (
                <li key={pm.pillarId}>
                  <span className="mr-2 rounded bg-brand-50 px-1.5 py-0.5 text-xs text-brand-700">{pillars.get(pm.pillarId)}</span>
                  <span className="whitespace-pre-line">{pm.content}</span>
                </li>
              ))}
            </ul>
          </Card>
          <Card title={t('unit.h2Goals')}>
            <p className="text-sm leading-relaxed break-words whitespace-pre-line [overflow-wrap:anywhere]">{content.h2Goals || '—'}</p>
          </Card>
        </>
      ) : (
        <Notice>{t('unit.noSubmission')}</Notice>
      )}
    </>
  );
}
