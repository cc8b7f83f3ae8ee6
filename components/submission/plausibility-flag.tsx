// The plausibility flag of a stored actual and the unit's reason, as reviewers and the report card see it.
import { useTranslations } from 'next-intl';

export function PlausibilityFlag({ note, className = '' }: { note: string | null | undefined; className?: string }) {
  const t = useTranslations('submission.plausibility');
  return (
    <div className={`mt-1 text-xs break-words [overflow-wrap:anywhere] text-amber-900 ${className}`} data-testid="plausibility-flag">
      <span className="mr-1 rounded bg-amber-100 px-1.5 py-0.5 font-medium">{t('badge')}</span>
      {note ? t('note', { note }) : t('noNote')}
    </div>
  );
}
