// Client components get only the message namespaces their part of the app uses, not every string of every page
// (the messages travel inside each page's HTML).
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';

/** Namespaces client components anywhere may use. */
const BASE = ['common', 'login', 'lights', 'validation', 'actionErrors', 'measureStatus', 'periodState', 'roles', 'unitKind'] as const;

export async function ClientMessages({ namespaces = [], children }: { namespaces?: readonly string[]; children: React.ReactNode }) {
  const all = (await getMessages()) as Record<string, unknown>;
  const picked = Object.fromEntries([...BASE, ...namespaces].filter((ns) => ns in all).map((ns) => [ns, all[ns]]));
  return <NextIntlClientProvider messages={picked}>{children}</NextIntlClientProvider>;
}
