// Full-page error (401/403/404) with a way home. A plain link (a full load after an error is right), which also keeps
// next/link's client code out of the root error boundaries every page preloads.
import { getTranslations } from 'next-intl/server';

/** The look every full-page error shares: the status, a title, one sentence and a link home. */
export function ErrorFrame({ code, title, body, home }: { code: number; title: string; body: string; home: string }) {
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 px-4 text-center">
      <div className="text-5xl font-black text-slate-400">{code}</div>
      <h1 className="text-xl font-bold" data-testid="error-title">
        {title}
      </h1>
      <p className="max-w-prose text-sm text-slate-500">{body}</p>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load after an error is right (see above) */}
      <a href="/" className="text-brand-700 hover:underline">
        {home}
      </a>
    </main>
  );
}

export async function ErrorPage({ code, kind }: { code: number; kind: 'notFound' | 'forbidden' | 'unauthorized' }) {
  const t = await getTranslations('errors');
  return <ErrorFrame code={code} title={t(`${kind}Title`)} body={t(`${kind}Body`)} home={t('backHome')} />;
}
