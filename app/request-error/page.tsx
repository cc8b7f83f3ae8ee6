// What server.ts renders for a request it refused before routing (a malformed %-escape → 400, a cross-site write →
// 403); it sets the status and REQUEST_ERROR_HEADER. Opened directly, without that header, it does not exist.
import type { Metadata } from 'next';
import { headers } from 'next/headers';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { RequestErrorPage } from '@/components/ui/request-error-page';
import { REQUEST_ERROR_HEADER } from '@/lib/http/rules';

async function codeOf(): Promise<400 | 403 | null> {
  const v = (await headers()).get(REQUEST_ERROR_HEADER);
  return v === '400' ? 400 : v === '403' ? 403 : null;
}

export async function generateMetadata(): Promise<Metadata> {
  const code = await codeOf();
  const t = await getTranslations('http');
  return { title: t(code === 403 ? 'crossSiteTitle' : 'badPathTitle') };
}

export default async function RequestError() {
  const code = await codeOf();
  if (!code) notFound();
  return <RequestErrorPage code={code} />;
}
