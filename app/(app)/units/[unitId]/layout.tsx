// Strings the client components of this section need.
import { ClientMessages } from '@/components/i18n/client-messages';

export default function Layout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={['submission', 'review', 'ledger', 'evidence', 'excelImport', 'actualsImport']}>{children}</ClientMessages>;
}
