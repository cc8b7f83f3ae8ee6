// 404 — also what another unit's ids look like, so nothing is revealed.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export default async function NotFound() {
  const t = await getTranslations('errors');
  return (
    <main className="flex min-h-[60vh] flex-col items-center justify-center gap-3 px-4 text-center">
      <div className="text-5xl font-black text-slate-300">404</div>
      <h1 className="text-xl font-bold" data-testid="error-title">{t('notFoundTitle')}</h1>
      <p className="text-sm text-slate-500">{t('notFoundBody')}</p>
      <Link href="/" className="text-brand-700 hover:underline">{t('backHome')}</Link>
    </main>
  );
}
