// 404 — also what another unit's ids look like, so nothing is revealed.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ErrorPage } from '@/components/ui/error-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('errors'))('notFoundTitle') };
}

export default function NotFound() {
  return <ErrorPage code={404} kind="notFound" />;
}
