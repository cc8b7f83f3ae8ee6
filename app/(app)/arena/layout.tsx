// Strings the client components of the arena pages need (preparation, host console, judge view).
import { ClientMessages } from '@/components/i18n/client-messages';

export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={['arena', 'arenaPrep', 'lights']}>{children}</ClientMessages>;
}
