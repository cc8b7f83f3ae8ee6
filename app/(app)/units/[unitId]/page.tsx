// One unit's half-year submission: the form for its own head and staff while the period collects,
// a read-only view otherwise. Anyone not allowed to read the unit gets the same 404 as a missing id.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { inlineEvidence } from '@/components/evidence/view';
import { ActualsImport } from '@/components/import/actuals-import';
import { ReviewPanel } from '@/components/review/review-panel';
import { DraftPreviewPanel } from '@/components/submission/draft-preview';
import { SubmissionForm } from '@/components/submission/submission-form';
import { SubmissionStatusLine } from '@/components/submission/status-line';
import { SubmissionView } from '@/components/submission/submission-view';
import { Card, Notice, PageTitle } from '@/components/ui/card';
import { requireUnitReader } from '@/lib/auth/guard.server';
import { can, canEditUnit } from '@/lib/auth/permissions';
import { getDb } from '@/lib/db.server';
import { isEditableState, periodAcceptsSubmissions, type SubmissionContent } from '@/lib/domain/submission-content';
import { unitEvidence } from '@/lib/evidence/queries.server';
import { draftPreview, getPeriodResults } from '@/lib/leaderboard/load.server';
import { getCurrentPeriod } from '@/lib/periods.server';
import { resolveSettings } from '@/lib/scoring';
import { liveLedgerActuals } from '@/lib/problems/ledger-indicators.server';
import { loadContent } from '@/lib/submissions/commands.server';
import { indicatorInputOf } from '@/lib/submissions/rules';
import { getSubmission, getUnitWithIndicators, previousActuals, submissionChoices } from '@/lib/submissions/queries.server';
import { unitForTitle } from '@/lib/shell/titles.server';

export async function generateMetadata({ params }: { params: Promise<{ unitId: string }> }): Promise<Metadata> {
  const [t, unit] = await Promise.all([getTranslations(), unitForTitle((await params).unitId)]);
  // a unit this user may not read is a 404, titled as one
  if (!unit) return { title: t('errors.notFoundTitle') };
  return { title: unit.own ? t('nav.mySubmission') : t('titles.unitSubmission', { unit: unit.name }) };
}

const EMPTY: SubmissionContent = { values: [], highlights: '', h2Goals: '', pillarMeasures: [], gaps: [] };

export default async function UnitPage({ params }: { params: Promise<{ unitId: string }> }) {
  const { unitId } = await params;
  const user = await requireUnitReader(unitId);
  const db = await getDb();
  const t = await getTranslations();
  const period = await getCurrentPeriod(db);
  if (!period) return <Notice>{t('home.noPeriod')}</Notice>;
  const [unit, submission, { pillars, units }, previous, evidence] = await Promise.all([
    getUnitWithIndicators(db, user, unitId, period.id),
    getSubmission(db, user, period.id, unitId),
    submissionChoices(db),
    previousActuals(db, period.id, unitId),
    unitEvidence(db, user, period.id, unitId),
  ]);
  if (!unit) notFound();
  const content = submission ? await loadContent(db, submission.id) : null;
  const { settings } = resolveSettings(period);
  const collecting = periodAcceptsSubmissions(period.state);
  // ledger-fed actuals (DESIGN §8): computed now while the unit can still submit, the frozen ones once submitted
  const computing = collecting && isEditableState(submission?.state);
  const live = computing && unit.indicators.some((i) => i.ledgerFigure) ? await liveLedgerActuals(db, period.id, unitId, new Date()) : null;
  const indicators = unit.indicators.map((i) => ({
    ...indicatorInputOf(i),
    category: i.category,
    dataSource: i.dataSource,
    statistics: i.value?.source === 'statistics',
    ledger: !i.ledgerFigure
      ? null
      : (live?.get(i.id) ?? {
          figure: i.ledgerFigure,
          value: i.value?.actual ?? null,
          numerator: i.value?.ledgerNumerator ?? null,
          denominator: i.value?.ledgerDenominator ?? null,
        }),
  }));
  const editable = canEditUnit(user, unitId) && collecting && isEditableState(submission?.state);
  // 佐证材料 sit in each indicator's row and under each measure they prove
  const files = inlineEvidence(
    evidence,
    unit.indicators.filter((i) => i.evidenceRequired).map((i) => i.id),
    editable,
  );
  const readOnlyNote = !collecting
    ? t('submission.readOnlyPeriod')
    : submission?.state === 'approved'
      ? t('submission.readOnlyApproved')
      : submission?.state === 'submitted'
        ? t('submission.readOnly')
        : null;
  // 草稿预览: only the unit's own users, only while its draft (or returned submission) is not counted
  const ownDraft = canEditUnit(user, unitId) && collecting && submission !== null && isEditableState(submission?.state);
  const [preview, publicResult] = ownDraft ? await Promise.all([draftPreview(db, period.id, unitId), getPeriodResults(db, period.id)]) : [null, null];
  const publicUnit = publicResult?.result.units.find((u) => u.unitId === unitId);

  return (
    <div className="space-y-5">
      <PageTitle
        sub={`${unit.group.name} · ${t(`unitKind.${unit.kind}`)} · ${t('unit.head')}：${unit.headName}${unit.headTitle ? `（${unit.headTitle}）` : ''}`}
      >
        {unit.name}
      </PageTitle>
      <Card title={t('unit.submissionOf', { period: period.name })}>
        <SubmissionStatusLine submission={submission} deadline={period.deadline} now={new Date()} />
        {readOnlyNote && canEditUnit(user, unitId) && (
          <p className="mt-3 text-sm text-slate-500" data-testid="read-only-note">
            {readOnlyNote}
          </p>
        )}
      </Card>
      {preview && <DraftPreviewPanel preview={preview} publicRanks={publicUnit ? { group: publicUnit.groupRank, overall: publicUnit.overallRank } : null} />}
      {/* the other way to fill the actuals: before the form it fills */}
      {editable && (
        <Card title={t('actualsImport.unitTitle')}>
          <details data-testid="actuals-import-section">
            <summary className="cursor-pointer text-sm font-medium text-brand-700">{t('actualsImport.unitOpen')}</summary>
            <p className="mt-2 text-sm text-slate-600">{t('actualsImport.unitIntro')}</p>
            <div className="mt-3">
              <ActualsImport base={`/api/import/periods/${period.id}/units/${unitId}/actuals`} kind="unit" />
            </div>
          </details>
        </Card>
      )}
      {editable ? (
        <SubmissionForm
          // a new version (an Excel import, a statistics import) loads the form afresh
          key={submission?.version ?? 0}
          periodId={period.id}
          unitId={unitId}
          userId={user.id}
          version={submission?.version ?? 0}
          indicators={indicators}
          settings={settings}
          content={content ?? EMPTY}
          pillars={pillars}
          units={units}
          canSubmit={can(user, 'submission:submit:own')}
          previous={Object.fromEntries(previous)}
          evidence={files}
        />
      ) : (
        <SubmissionView
          previous={previous}
          indicators={indicators}
          settings={settings}
          content={content}
          pillars={new Map(pillars.map((p) => [p.id, p.name]))}
          units={new Map(units.map((u) => [u.id, u.name]))}
          evidence={files}
        />
      )}
      {/* the decision comes after the content it judges */}
      {submission?.state === 'submitted' && can(user, 'submission:review:any') && <ReviewPanel submissionId={submission.id} version={submission.version} />}
    </div>
  );
}
