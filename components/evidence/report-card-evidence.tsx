// The report card's 佐证材料 section: the files behind the unit's reported numbers, by indicator and measure, for
// readers of the unit (others get nothing: the caller passes an empty list).
import { getTranslations } from 'next-intl/server';
import type { EvidenceItem } from '@/lib/evidence/queries.server';
import { FileLinks } from './file-links';

export async function ReportCardEvidence({ groups }: { groups: { label: string; files: EvidenceItem[] }[] }) {
  const t = await getTranslations('evidence');
  return (
    <section className="rounded-lg border border-slate-200 bg-white p-4 sm:p-5 print:break-inside-avoid" data-testid="reportcard-evidence">
      <h2 className="mb-2 text-base font-semibold">{t('reportCard.title')}</h2>
      {groups.length === 0 ? (
        <p className="text-sm text-slate-500">{t('reportCard.empty')}</p>
      ) : (
        <ul className="space-y-2 text-sm">
          {groups.map((g) => (
            <li key={g.label} className="break-words [overflow-wrap:anywhere]">
              <div className="text-slate-600">{g.label}</div>
              <FileLinks files={g.files} className="mt-0.5 flex flex-wrap gap-x-4 gap-y-0.5" />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
