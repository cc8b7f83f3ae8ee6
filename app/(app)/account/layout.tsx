// The account pages (我的登录设备, 两步验证): their client parts read the `account` messages (and setup's confirm/cancel).
import { ClientMessages } from '@/components/i18n/client-messages';

export default function AccountLayout({ children }: { children: React.ReactNode }) {
  return <ClientMessages namespaces={['account', 'setup']}>{children}</ClientMessages>;
}
