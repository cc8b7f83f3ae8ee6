// The 佐证材料 card of a ledger problem: its files for every reader, upload and delete for the lead unit while open.
import { getTranslations } from 'next-intl/server';
import { Card } from '@/components/ui/card';
import type { EvidenceItem } from '@/lib/evidence/queries.server';
import { EvidenceFiles } from './evidence-files';
import { evidenceView } from './view';

export async function ProblemEvidence({ problemId, title, files, editable }: { problemId: string; title: string; files: EvidenceItem[]; editable: boolean }) {
  const t = await getTranslations('evidence');
  return (
    <Card title={t('title')}>
      <EvidenceFiles target={{ kind: 'problem', id: problemId }} files={evidenceView(files)} editable={editable} label={title} />
    </Card>
  );
}
