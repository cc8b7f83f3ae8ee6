// Strings the client components of the report card and the printable ranking need.
import { ClientMessages } from '@/components/i18n/client-messages';

export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={['leaderboard', 'reportCard', 'rankChange']}>{children}</ClientMessages>;
}
