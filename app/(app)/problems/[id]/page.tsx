// One enterprise problem: its facts, the steps the viewer may take now, its timeline. Another unit's problem reads
// exactly like a missing one (404).
import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { ProblemEvidence } from '@/components/evidence/problem-evidence';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ProblemView } from '@/components/problems/detail/problem-view';
import { requirePermission } from '@/lib/auth/guard.server';
import { getDb } from '@/lib/db.server';
import { problemEvidence } from '@/lib/evidence/queries.server';
import { problemAcceptsEvidence } from '@/lib/evidence/rules';
import { problemDetail, problemUnitOptions } from '@/lib/problems/queries.server';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('nav'))('problems') };
}

export default async function ProblemPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePermission(['problem:read:own', 'problem:read:any']);
  const { id } = await params;
  const db = await getDb();
  const now = new Date();
  const problem = await problemDetail(db, user, id, now);
  if (!problem) notFound();
  const units = problem.steps.includes('reassign')
    ? await problemUnitOptions(db)
    : [...new Map([problem.leadUnit, ...problem.assistUnits].map((u) => [u.id, u])).values()];
  const t = await getTranslations('problemFlow');
  // 佐证材料: the lead unit's own users add and delete them until the problem is 已销号; every reader sees them
  const files = await problemEvidence(db, problem.id);
  const editable = (user.role === 'unit_head' || user.role === 'unit_staff') && user.unitId === problem.leadUnit.id && problemAcceptsEvidence(problem.status);
  return (
    <ClientMessages namespaces={['problem', 'problemFlow', 'evidence']}>
      <div className="mx-auto max-w-4xl space-y-3">
        <Link href="/problems" className="text-sm text-brand-700 hover:underline">
          ← {t('backToBoard')}
        </Link>
        <ProblemView problem={problem} units={units} now={now} />
        <ProblemEvidence problemId={problem.id} title={problem.title} files={files} editable={editable} />
      </div>
    </ClientMessages>
  );
}
