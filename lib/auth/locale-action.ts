'use server';
// Language switch: stores the choice in a cookie (a preference, not data — nothing to audit).
import { cookies } from 'next/headers';
import { LOCALE_COOKIE } from '@/i18n/config';
import { localeSchema } from '@/lib/domain/schemas';

export async function setLocaleAction(formData: FormData): Promise<void> {
  const parsed = localeSchema.safeParse(formData.get('locale'));
  if (!parsed.success) return;
  (await cookies()).set(LOCALE_COOKIE, parsed.data, { path: '/', sameSite: 'lax', maxAge: 365 * 24 * 3600 });
}
