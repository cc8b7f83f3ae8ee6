'use client';
// Small pieces the host console, big screen and judge view share.
import { useTranslations } from 'next-intl';
import type { Light } from '@/lib/arena/types';
import { round2 } from '@/lib/scoring/numeric';
import type { Connection } from './use-arena-live';

/** A score as every arena view shows it: 2 decimals, — when there is none yet. */
export const score2 = (x: number | null) => (x === null ? '—' : round2(x).toFixed(2));
/** A completion rate c as a percentage with one decimal. */
export const percent = (c: number) => `${Math.round(c * 1000) / 10}%`;

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
