'use client';
// The sign-in CAPTCHA: a picture from /api/captcha (drawn on the server, answer kept there), its id in a hidden
// field, a text box, and 换一张 for a new picture. `generation` changes after every answer: a challenge is single use.
import { useCallback, useEffect, useState } from 'react';
import { useTranslations } from 'next-intl';

interface Challenge {
  id: string;
  svg: string;
}

export function CaptchaField({ generation }: { generation: number }) {
  const t = useTranslations('signInGuard.captcha');
  const [challenge, setChallenge] = useState<Challenge | null>(null);
  const [failed, setFailed] = useState(false);

  const load = useCallback(async () => {
    setFailed(false);
    try {
      const res = await fetch('/api/captcha', { cache: 'no-store' });
      if (!res.ok) throw new Error(String(res.status));
      const body = (await res.json()) as Challenge;
      setChallenge({ id: body.id, svg: body.svg });
    } catch {
      setChallenge(null);
      setFailed(true);
    }
  }, []);

  useEffect(() => {
    // eslint-disable-next-line react-hooks/set-state-in-effect -- fetching a new picture is the effect's purpose
    void load();
  }, [load, generation]);

  return (
    <div className="block">
      <label htmlFor="captcha" className="mb-1 block text-sm font-medium text-slate-700">
        {t('label')}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <input
          id="captcha"
          name="captcha"
          autoComplete="off"
          autoCapitalize="off"
          spellCheck={false}
          required
          maxLength={8}
          key={challenge?.id ?? 'none'}
          aria-describedby="captcha-hint"
          className="w-32 min-w-0 flex-1 rounded-md border border-slate-300 px-3 py-2 text-base outline-none focus:border-brand-600 focus:ring-2 focus:ring-brand-100"
        />
        <input type="hidden" name="captchaId" value={challenge?.id ?? ''} />
        <span className="flex h-11 w-[132px] items-center justify-center overflow-hidden rounded-md border border-slate-200 bg-white">
          {challenge ? (
            // eslint-disable-next-line @next/next/no-img-element -- an inline SVG data URI, not an optimisable image
            <img
              src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(challenge.svg)}`}
              alt={t('imageAlt')}
              width={132}
              height={44}
              data-testid="captcha-image"
            />
          ) : (
            <span className="text-xs text-slate-400">{failed ? '—' : t('loading')}</span>
          )}
        </span>
        <button type="button" onClick={() => void load()} className="rounded-md px-2 py-2 text-sm text-brand-700 hover:bg-brand-50 hover:underline">
          {t('refresh')}
        </button>
      </div>
      <p id="captcha-hint" className="mt-1 text-xs text-slate-500">
        {failed ? t('loadFailed') : t('hint')}
      </p>
    </div>
  );
}
