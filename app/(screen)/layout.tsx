// Full-screen pages without the app's header: the hall's big screen (大屏). Type scales with the screen's
// width (16 px at 1920), so the same page reads from the back of a hall on any 16:9 display.
import { ClientMessages } from '@/components/i18n/client-messages';

export default function ScreenLayout({ children }: { children: React.ReactNode }) {
  return (
    <ClientMessages namespaces={['arena', 'ledger']}>
      <style>{'html{font-size:clamp(8px,0.8334vw,32px);background:#020617}'}</style>
      {children}
    </ClientMessages>
  );
}
