'use client';
// The speaker's clock, counted down in the browser from the stored timer and the server's clock (offset).
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { remainingSeconds } from '@/lib/arena/timer';
import type { TimerState } from '@/lib/arena/types';

export function formatClock(seconds: number): string {
  const s = Math.abs(seconds);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

export function Countdown({
  timer,
  offset,
  className = '',
  size = 'md',
}: {
  timer: TimerState;
  offset: number;
  className?: string;
  size?: 'sm' | 'md' | 'xl';
}) {
  const t = useTranslations('arena.timer');
  const [now, setNow] = useState(() => Date.now() + offset);
  useEffect(() => {
    // a stopped clock shows its stored seconds whatever the time; a running one ticks from the first frame on
    if (timer.paused || timer.startedAt === null) return;
    const tick = () => setNow(Date.now() + offset);
    const first = setTimeout(tick, 0);
    const id = setInterval(tick, 250);
    return () => {
      clearTimeout(first);
      clearInterval(id);
    };
  }, [timer.paused, timer.startedAt, timer.seconds, offset]);

  const left = remainingSeconds(timer, now);
  const sizes = { sm: 'text-2xl', md: 'text-4xl', xl: 'text-[7rem] leading-none' } as const;
  if (left === null) return <div className={`tabular font-mono text-slate-400 ${sizes[size]} ${className}`}>--:--</div>;
  const over = left < 0;
  const urgent = !over && left <= 60;
  const tone = over ? 'text-red-500' : urgent ? 'text-amber-400' : '';
  return (
    <div className={className} data-testid="countdown" data-seconds={left} role="timer" aria-live="off">
      <div className={`tabular font-mono font-bold ${sizes[size]} ${tone}`}>
        {over ? '+' : ''}
        {formatClock(left)}
      </div>
      {(timer.paused || over) && (
        <div className={`mt-1 text-sm font-semibold ${over ? 'text-red-500' : 'text-amber-500'}`}>{timer.paused ? t('paused') : t('overrun')}</div>
      )}
    </div>
  );
}
