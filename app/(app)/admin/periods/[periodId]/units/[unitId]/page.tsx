// One unit's indicator set in a period: edit, reorder, copy from another unit; the weight sum shown live.
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { RequiredEvidenceSetup } from '@/components/evidence/required-setup';
import { ClientMessages } from '@/components/i18n/client-messages';
import { IndicatorEditor, type IndicatorRow } from '@/components/setup/indicator-editor';
import { PageTitle } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import { DIRECTIONS, INDICATOR_CATEGORIES, METHODS, type Direction, type IndicatorCategory, type Method } from '@/lib/domain/enums';
import { indicatorEditMode } from '@/lib/setup/indicators.server';
import { getUnitIndicatorSet } from '@/lib/setup/queries.server';
import { periodNameForTitle, unitForTitle } from '@/lib/shell/titles.server';

export async function generateMetadata({ params }: { params: Promise<{ periodId: string; unitId: string }> }): Promise<Metadata> {
  const { periodId, unitId } = await params;
  const [t, unit, period] = await Promise.all([getTranslations(), unitForTitle(unitId), periodNameForTitle(periodId)]);
  return { title: unit && period ? t('titles.periodUnit', { unit: unit.name, period }) : t('setup.periods.title') };
}

const oneOf = <T extends string>(list: readonly T[], value: string, fallback: T): T => ((list as readonly string[]).includes(value) ? (value as T) : fallback);

export default async function UnitIndicatorsPage({ params }: { params: Promise<{ periodId: string; unitId: string }> }) {
  await requirePermission('setup:manage');
  const { periodId, unitId } = await params;
  const t = await getTranslations();
  const set = await getUnitIndicatorSet(await getDb(), periodId, unitId);
  if (!set) notFound();
  const { period, unit } = set;
  const rows: IndicatorRow[] = set.indicators.map((i) => ({
    id: i.id,
    key: i.key,
    name: i.name,
    category: oneOf<IndicatorCategory>(INDICATOR_CATEGORIES, i.category, 'main'),
    measureUnit: i.measureUnit,
    direction: oneOf<Direction>(DIRECTIONS, i.direction, 'higher'),
    annualTarget: i.annualTarget,
    halfTarget: i.halfTarget,
    plannedPercent: i.plannedPercent,
    weight: i.weight,
    method: oneOf<Method>(METHODS, i.method, 'ratio'),
    cap: i.cap,
    dataSource: i.dataSource,
    ledgerFigure: i.ledgerFigure,
    pillarIds: i.pillarIds,
  }));
  const stateLabel = t(`periodState.${period.state}`);
  const base = `/admin/periods/${period.id}/units`;
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-center justify-between gap-2 text-sm">
        <Link href={`/admin/periods/${period.id}`} className="text-brand-700 hover:underline">
          ← {t('setup.indicators.backToPeriod', { period: period.name })}
        </Link>
        <span className="flex gap-4">
          {set.prevUnitId && (
            <Link href={`${base}/${set.prevUnitId}`} className="text-brand-700 hover:underline">
              ← {t('setup.indicators.prevUnit')}
            </Link>
          )}
          {set.nextUnitId && (
            <Link href={`${base}/${set.nextUnitId}`} className="text-brand-700 hover:underline">
              {t('setup.indicators.nextUnit')} →
            </Link>
          )}
        </span>
      </div>
      <PageTitle sub={t('setup.indicators.sub', { period: period.name, state: stateLabel })}>{t('setup.indicators.title', { unit: unit.name })}</PageTitle>
      <IndicatorEditor
        key={`${period.id}-${unit.id}`}
        periodId={period.id}
        unit={{ id: unit.id, code: unit.code, active: unit.active }}
        mode={indicatorEditMode(period.state)}
        stateLabel={stateLabel}
        defaultCap={period.defaultCap}
        rows={rows}
        pillars={set.pillars}
        keys={set.keys}
        sources={set.sources}
      />
      {set.indicators.length > 0 && (
        // its own strings only (a nested provider replaces, not merges, the layout's)
        <ClientMessages namespaces={['evidence']}>
          <RequiredEvidenceSetup
            key={`evidence-${period.id}-${unit.id}`}
            periodId={period.id}
            unitId={unit.id}
            indicators={set.indicators.map((i) => ({ id: i.id, name: i.name, evidenceRequired: i.evidenceRequired }))}
            closed={period.state === 'published' || period.state === 'archived'}
          />
        </ClientMessages>
      )}
    </div>
  );
}
