// 403 — the signed-in role may not open this page.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function Forbidden() {
  const t = await getTranslations('errors');
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 px-4 text-center">
      <div className="text-5xl font-black text-slate-300">403</div>
      <h1 className="text-xl font-bold" data-testid="error-title">{t('forbiddenTitle')}</h1>
      <p className="text-sm text-slate-500">{t('forbiddenBody')}</p>
      <Link href="/" className="text-brand-700 hover:underline">{t('backHome')}</Link>
    </main>
  );
}
