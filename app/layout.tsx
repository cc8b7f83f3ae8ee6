// Root layout: html language from the active locale, messages for client components.
import type { Metadata, Viewport } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { ClientMessages } from '@/components/i18n/client-messages';
import { ZodJitless } from '@/components/security/zod-jitless';
import './globals.css';

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('common');
  return { title: { default: t('appTitle'), template: `%s · ${t('appName')}` }, description: t('appSubtitle') };
}

export const viewport: Viewport = { width: 'device-width', initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  const locale = await getLocale();
  return (
    <html lang={locale}>
      <body className="min-h-screen">
        <ZodJitless />
        <ClientMessages>{children}</ClientMessages>
      </body>
    </html>
  );
}
