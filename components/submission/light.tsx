// The traffic light (亮灯) of an indicator: a coloured dot with its name for screen readers.
import { useTranslations } from 'next-intl';
import type { Light as LightValue } from '@/lib/scoring';

const COLOR: Record<LightValue, string> = {
  green: 'bg-light-green',
  yellow: 'bg-light-yellow',
  red: 'bg-light-red',
  missing: 'bg-slate-300',
};

export function Light({ light }: { light: LightValue }) {
  const t = useTranslations('lights');
  return (
    <span className="inline-flex items-center" title={t(light)} data-light={light}>
      <span aria-hidden className={`inline-block h-3 w-3 rounded-full ${COLOR[light]}`} />
      <span className="sr-only">{t(light)}</span>
    </span>
  );
}
