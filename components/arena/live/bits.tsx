'use client';
// Small pieces the host console, big screen and judge view share.
import { useTranslations } from 'next-intl';
import type { Light } from '@/lib/arena/types';
import type { Connection } from './use-arena-live';

/** Scores (2 decimals, — when there is none yet) and completion rates, as every page shows them. */
export { score as score2, percent } from '@/components/ui/format';

export const LIGHT_DOT: Record<Light, string> = {
  green: 'bg-emerald-500',
  yellow: 'bg-amber-400',
  red: 'bg-red-500',
  missing: 'bg-slate-400',
};

export function ConnectionDot({ connection }: { connection: Connection }) {
  const t = useTranslations('arena.connection');
  const tone = connection === 'live' ? 'bg-emerald-500' : connection === 'connecting' ? 'bg-slate-400' : 'animate-pulse bg-amber-500';
  return (
    <span className="inline-flex items-center gap-1.5 text-sm" data-testid="connection" data-connection={connection}>
      <span className={`inline-block h-2.5 w-2.5 rounded-full ${tone}`} />
      {t(connection)}
    </span>
  );
}
