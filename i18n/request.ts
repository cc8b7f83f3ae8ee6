// next-intl request config: the locale comes from a cookie (no locale in URLs), zh-CN by default.
import { cookies } from 'next/headers';
import { getRequestConfig } from 'next-intl/server';
import { messages } from '../messages';
import { defaultLocale, isLocale, LOCALE_COOKIE } from './config';

export default getRequestConfig(async () => {
  const value = (await cookies()).get(LOCALE_COOKIE)?.value;
  const locale = isLocale(value) ? value : defaultLocale;
  return {
    locale,
    messages: messages[locale],
    timeZone: 'Asia/Shanghai',
  };
});
