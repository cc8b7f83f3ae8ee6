// Full-page refusal the server gives before routing (server.ts, lib/http/rules.ts): 400 for an address that cannot be
// decoded, 403 for a write sent from another site. Same look as ErrorPage.
import { getTranslations } from 'next-intl/server';
import { ErrorFrame } from './error-page';

export async function RequestErrorPage({ code }: { code: 400 | 403 }) {
  const t = await getTranslations('http');
  const kind = code === 400 ? 'badPath' : 'crossSite';
  return <ErrorFrame code={code} title={t(`${kind}Title`)} body={t(`${kind}Body`)} home={t('backHome')} />;
}
