// Links to one's own account pages (我的登录设备, 两步验证), in the header next to the user's name and in the phone menu.
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';

export async function AccountLinks({ tone = 'dark' }: { tone?: 'dark' | 'light' }) {
  const t = await getTranslations('account.menu');
  const cls = tone === 'dark' ? 'text-red-50 hover:text-white hover:underline' : 'text-brand-700 hover:underline';
  return (
    <nav className={`flex shrink-0 gap-3 text-xs ${tone === 'light' ? 'mt-2 text-sm' : 'flex-col gap-0.5'}`} data-testid="account-links">
      <Link href="/account/sessions" className={`whitespace-nowrap ${cls}`}>
        {t('sessions')}
      </Link>
      <Link href="/account/two-factor" className={`whitespace-nowrap ${cls}`}>
        {t('twoFactor')}
      </Link>
    </nav>
  );
}
