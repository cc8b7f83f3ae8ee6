// Full-page refusal the server gives before routing (server.ts, lib/http/rules.ts): 400 for an address that cannot be
// decoded, 403 for a write sent from another site. Same look as ErrorPage; a plain link home.
import { getTranslations } from 'next-intl/server';

export async function RequestErrorPage({ code }: { code: 400 | 403 }) {
  const t = await getTranslations('http');
  const kind = code === 400 ? 'badPath' : 'crossSite';
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 px-4 text-center">
      <div className="text-5xl font-black text-slate-400">{code}</div>
      <h1 className="text-xl font-bold" data-testid="error-title">
        {t(`${kind}Title`)}
      </h1>
      <p className="max-w-prose text-sm text-slate-500">{t(`${kind}Body`)}</p>
      {/* eslint-disable-next-line @next/next/no-html-link-for-pages -- a full load after an error is right */}
      <a href="/" className="text-brand-700 hover:underline">
        {t('backHome')}
      </a>
    </main>
  );
}
