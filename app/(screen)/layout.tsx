// Full-screen pages without the app's header: the hall's big screen (大屏). Type scales with the screen's
// width (16 px at 1920), so the same page reads from the back of a hall on any 16:9 display.
import { headers } from 'next/headers';
import { ClientMessages } from '@/components/i18n/client-messages';
import { NONCE_HEADER } from '@/lib/http/rules';

export default async function ScreenLayout({ children }: { children: React.ReactNode }) {
  // the CSP allows only <style> elements carrying this request's nonce (lib/http/rules.ts)
  const nonce = (await headers()).get(NONCE_HEADER) ?? undefined;
  return (
    <ClientMessages namespaces={['arena', 'ledger']}>
      <style nonce={nonce}>{'html{font-size:clamp(8px,0.8334vw,32px);background:#020617}'}</style>
      {children}
    </ClientMessages>
  );
}
