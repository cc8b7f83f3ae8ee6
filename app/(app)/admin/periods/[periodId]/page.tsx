// One period's setup: state transitions with what blocks them, deadline and scoring settings, panel rubric, indicators by unit.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import { PeriodTransitions, RubricEditor, SettingsForm, type TransitionOption } from '@/components/setup/period-forms';
import { Card, PageTitle } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import type { Blocker } from '@/lib/domain/period-state';
import { indicatorEditMode } from '@/lib/setup/indicators.server';
import { RUBRIC_STATES, SETTINGS_STATES, transitionOptions } from '@/lib/setup/periods.server';
import { getPeriodSetup } from '@/lib/setup/queries.server';
import { shanghaiParts } from '@/lib/setup/schemas';
import { DataTable } from '@/components/ui/data-table';
import { formatters } from '@/components/ui/format';
import { periodNameForTitle } from '@/lib/shell/titles.server';

export async function generateMetadata({ params }: { params: Promise<{ periodId: string }> }): Promise<Metadata> {
  const [t, period] = await Promise.all([getTranslations(), periodNameForTitle((await params).periodId)]);
  return { title: period ? t('titles.period', { period }) : t('setup.periods.title') };
}

export default async function PeriodSetupPage({ params }: { params: Promise<{ periodId: string }> }) {
  await requirePermission('setup:manage');
  const { periodId } = await params;
  const t = await getTranslations();
  const format = await getFormatter();
  const db = await getDb();
  const setup = await getPeriodSetup(db, periodId);
  if (!setup) notFound();
  const { period, units } = setup;
  const options = await transitionOptions(db, period.id, period.state, new Date());
  const sentence = (b: Blocker) => {
    const params = { ...(b.params ?? {}) };
    if (b.code === 'notAllowed') {
      params.from = t(`periodState.${String(params.from)}`);
      params.to = t(`periodState.${String(params.to)}`);
    }
    return t.has(`setup.blockers.${b.code}`) ? t(`setup.blockers.${b.code}`, params) : b.code;
  };
  const transitionList: TransitionOption[] = options.map((o) => ({ to: o.to, ok: o.ok, blockers: o.blockers.map(sentence) }));
  const deadline = shanghaiParts(period.deadline);
  const mode = indicatorEditMode(period.state);
  return (
    <div className="space-y-5">
      <p className="flex flex-wrap justify-between gap-2 text-sm">
        <Link href="/admin/periods" className="text-brand-700 hover:underline">
          ← {t('setup.periods.title')}
        </Link>
        <Link
          href={`/admin/periods/${period.id}/adjustments`}
          className="text-brand-700 hover:underline"
          title={t('adjustments.periodLinkHint')}
          data-testid="adjustments-link"
        >
          {t('adjustments.periodLink')} →
        </Link>
      </p>
      <PageTitle
        sub={
          <>
            <span data-testid="period-state">{t('setup.period.sub', { state: t(`periodState.${period.state}`) })}</span>
            {period.openedAt && <span className="ml-3">{t('setup.period.openedAt', { at: formatters(format).dateTime(period.openedAt) })}</span>}
          </>
        }
      >
        {period.name}
      </PageTitle>
      <Card title={t('setup.period.transitions')}>
        <PeriodTransitions periodId={period.id} options={transitionList} />
      </Card>
      <Card title={t('setup.period.settings')}>
        <SettingsForm
          periodId={period.id}
          locked={!SETTINGS_STATES.includes(period.state)}
          initial={{
            deadlineDate: deadline.date,
            deadlineTime: deadline.time,
            alpha: String(period.alpha),
            beta: String(period.beta),
            bonusCap: String(period.bonusCap),
            greenThreshold: String(period.greenThreshold),
            yellowThreshold: String(period.yellowThreshold),
            timeProgress: String(period.timeProgress),
            defaultCap: String(period.defaultCap),
            rankFloor: String(period.rankFloor),
          }}
        />
      </Card>
      <Card title={t('setup.period.rubric')}>
        <RubricEditor
          periodId={period.id}
          locked={!RUBRIC_STATES.includes(period.state)}
          rows={period.rubric.map((r) => ({ id: r.id, name: r.name, maxScore: r.maxScore }))}
        />
      </Card>
      <Card title={t('setup.period.unitsCard')}>
        <p className="mb-3 flex flex-wrap justify-between gap-2 text-sm text-slate-500">
          <span>{t('setup.period.unitsHint')}</span>
          <Link href={`/admin/periods/${period.id}/import`} className="text-brand-700 hover:underline" data-testid="import-link">
            {t('excelImport.link')} →
          </Link>
        </p>
        <DataTable
          testId="period-units"
          minWidth="min-w-[560px]"
          columns={[
            { label: t('setup.period.group') },
            { label: t('setup.period.unit') },
            { label: t('setup.period.count'), align: 'right' },
            { label: t('setup.period.weightSum'), align: 'right' },
            { label: t('setup.actions') },
          ]}
        >
          {units.map((u) => (
            <tr key={u.id} className={u.active ? '' : 'text-slate-400'} data-testid="period-unit-row">
              <td className="whitespace-nowrap py-2 pr-3">{u.group}</td>
              <td className="py-2 pr-3">
                {u.name}
                {!u.active && <span className="ml-2 text-xs">{t('setup.period.inactiveUnit')}</span>}
              </td>
              <td className="tabular py-2 pr-3 text-right">{u.count}</td>
              <td className={`tabular py-2 pr-3 text-right font-medium ${u.active && !u.weightsOk ? 'text-red-600' : ''}`}>
                {formatters(format).val(u.weightSum, 2)}
              </td>
              <td className="py-2">
                <Link href={`/admin/periods/${period.id}/units/${u.id}`} className="text-brand-700 hover:underline">
                  {mode === 'locked' ? t('setup.period.viewIndicators') : t('setup.period.editIndicators')}
                </Link>
              </td>
            </tr>
          ))}
        </DataTable>
      </Card>
    </div>
  );
}
