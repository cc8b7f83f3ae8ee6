// "剩余 3 天 4 小时" / "已逾期 1 天 2 小时" from the pure countdown.
import { getTranslations } from 'next-intl/server';
import { countdown } from '@/lib/domain/deadline';

export async function CountdownText({ deadline, now }: { deadline: Date; now: Date }) {
  const t = await getTranslations('home');
  const c = countdown(deadline, now);
  const text = t(c.overdue ? 'overdueBy' : 'remaining', { days: c.days, hours: c.hours, minutes: c.minutes });
  return (
    <span data-testid="countdown" className={`tabular font-semibold ${c.overdue ? 'text-red-600' : c.days < 3 ? 'text-amber-600' : 'text-green-700'}`}>
      {text}
    </span>
  );
}
