// 403 — the signed-in role may not open this page.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ErrorPage } from '@/components/ui/error-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('errors'))('forbiddenTitle') };
}

export default function Forbidden() {
  return <ErrorPage code={403} kind="forbidden" />;
}
