// The header's link to 修改密码 (desktop row and phone menu).
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { CHANGE_PASSWORD_PATH } from '@/lib/auth/password-paths';

export async function PasswordLink({ tone = 'dark' }: { tone?: 'dark' | 'light' }) {
  const t = await getTranslations('accountPassword');
  const cls = tone === 'dark' ? 'text-red-50 hover:text-white hover:underline' : 'mt-2 inline-block text-brand-700 hover:underline';
  return (
    <Link href={CHANGE_PASSWORD_PATH} className={`shrink-0 whitespace-nowrap text-sm ${cls}`} data-testid="password-link">
      {t('menuLink')}
    </Link>
  );
}
