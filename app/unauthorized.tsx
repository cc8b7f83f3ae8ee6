// 401 — not signed in (or the session ended). Also replaces Next's English default, which every page's payload
// carries twice (once per root boundary).
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { ErrorPage } from '@/components/ui/error-page';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('errors'))('unauthorizedTitle') };
}

export default function Unauthorized() {
  return <ErrorPage code={401} kind="unauthorized" />;
}
