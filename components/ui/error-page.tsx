// Full-page error (401/403/404) with a way home. A plain link (a full load after an error is right), which also keeps
// next/link's client code out of the root error boundaries every page preloads.
import { getTranslations } from 'next-intl/server';

export async function ErrorPage({ code, kind }: { code: number; kind: 'notFound' | 'forbidden' | 'unauthorized' }) {
  const t = await getTranslations('errors');
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 px-4 text-center">
      <div className="text-5xl font-black text-slate-400">{code}</div>
      <h1 className="text-xl font-bold" data-testid="error-title">
        {t(`${kind}Title`)}
      </h1>
      <p className="text-sm text-slate-500">{t(`${kind}Body`)}</p>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load after an error is right (see above) */}
      <a href="/" className="text-brand-700 hover:underline">
        {t('backHome')}
      </a>
    </main>
  );
}
