'use client';
// The indicator setup page's 佐证材料必传 choice: tick the indicators whose evidence the unit must upload before it can
// submit, then save (one action, audited).
import { useRouter } from 'next/navigation';
import { useTranslations } from 'next-intl';
import { useState, useTransition } from 'react';
import { Card } from '@/components/ui/card';
import { setEvidenceRequiredAction } from '@/lib/evidence/actions';

interface Props {
  periodId: string;
  unitId: string;
  indicators: { id: string; name: string; evidenceRequired: boolean }[];
  closed: boolean;
}

export function RequiredEvidenceSetup({ periodId, unitId, indicators, closed }: Props) {
  const t = useTranslations('evidence');
  const te = useTranslations('actionErrors');
  const router = useRouter();
  const [chosen, setChosen] = useState(() => new Set(indicators.filter((i) => i.evidenceRequired).map((i) => i.id)));
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  const [pending, start] = useTransition();

  const save = () =>
    start(async () => {
      setMessage(null);
      const res = await setEvidenceRequiredAction({ periodId, unitId, required: [...chosen] }).catch(() => ({ ok: false as const, error: 'serverError' }));
      if (res.ok) {
        setMessage({ ok: true, text: t('setup.saved') });
        router.refresh();
      } else setMessage({ ok: false, text: te.has(res.error) ? te(res.error) : te('serverError') });
    });

  return (
    <Card title={t('setup.title')}>
      <p className="mb-3 text-xs text-slate-500">{closed ? t('setup.closed') : t('setup.sub')}</p>
      <ul className="grid gap-1.5 text-sm sm:grid-cols-2" data-testid="evidence-required-setup">
        {indicators.map((i) => (
          <li key={i.id}>
            <label className="flex items-start gap-2 break-words [overflow-wrap:anywhere]">
              <input
                type="checkbox"
                className="mt-1"
                checked={chosen.has(i.id)}
                disabled={closed || pending}
                onChange={(e) =>
                  setChosen((s) => {
                    const next = new Set(s);
                    if (e.target.checked) next.add(i.id);
                    else next.delete(i.id);
                    return next;
                  })
                }
              />
              <span>{i.name}</span>
            </label>
          </li>
        ))}
      </ul>
      {!closed && (
        <div className="mt-3 flex items-center gap-3">
          <button
            type="button"
            onClick={save}
            disabled={pending}
            className="rounded-md bg-brand-700 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-800 disabled:opacity-50"
          >
            {t('setup.save')}
          </button>
          {message && (
            <span className={`text-sm ${message.ok ? 'text-green-700' : 'text-red-600'}`} role={message.ok ? 'status' : 'alert'}>
              {message.text}
            </span>
          )}
        </div>
      )}
    </Card>
  );
}
