// The frame of the signed-out screens (password step, second step): the app's name over a white card with the
// screen's title, the language switch, and the form.
import type { ReactNode } from 'react';
import { getTranslations } from 'next-intl/server';
import { LocaleSwitch } from '@/components/shell/locale-switch';

export async function AuthCard({ title, subtitle, footer, children }: { title: string; subtitle: string; footer?: string; children: ReactNode }) {
  const c = await getTranslations('common');
  return (
    <main className="flex min-h-screen items-center justify-center bg-gradient-to-br from-brand-800 via-brand-700 to-slate-900 px-4 py-10">
      <div className="w-full max-w-md">
        <div className="mb-6 text-center text-white">
          <div className="text-4xl font-black tracking-widest">{c('appName')}</div>
          <div className="mt-2 text-base text-red-100">{c('appSubtitle')}</div>
        </div>
        <div className="rounded-xl bg-white p-6 shadow-xl sm:p-8">
          <div className="mb-5 flex items-start justify-between gap-3">
            <div>
              <h1 className="text-xl font-bold">{title}</h1>
              <p className="mt-1 text-sm text-slate-500">{subtitle}</p>
            </div>
            <LocaleSwitch tone="light" />
          </div>
          {children}
        </div>
        {footer ? <p className="mt-4 text-center text-xs text-red-100/80">{footer}</p> : null}
      </div>
    </main>
  );
}
