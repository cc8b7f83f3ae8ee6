// 中文 / EN switch; a tiny form per language so it works before hydration too.
import { getLocale, getTranslations } from 'next-intl/server';
import { setLocaleAction } from '@/lib/auth/locale-action';
import { locales } from '@/i18n/config';

const LABEL: Record<(typeof locales)[number], string> = { 'zh-CN': '中文', en: 'EN' };

export async function LocaleSwitch({ tone = 'dark' }: { tone?: 'dark' | 'light' }) {
  const current = await getLocale();
  const t = await getTranslations('common');
  const base = tone === 'dark' ? 'text-red-100 hover:text-white' : 'text-slate-500 hover:text-slate-900';
  const active = tone === 'dark' ? 'bg-white/15 text-white' : 'bg-slate-100 text-slate-900';
  return (
    <div role="group" aria-label={t('language')} className="flex shrink-0 items-center gap-0.5 text-xs">
      {locales.map((l) => (
        <form key={l} action={setLocaleAction}>
          <input type="hidden" name="locale" value={l} />
          <button type="submit" lang={l} aria-pressed={current === l} className={`rounded px-2 py-1 font-medium ${current === l ? active : base}`}>
            {LABEL[l]}
          </button>
        </form>
      ))}
    </div>
  );
}
