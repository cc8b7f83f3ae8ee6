'use client';
// Second-level navigation of the setup area (考核设置): one tab per section, the current one highlighted.
import Link from 'next/link';
import { usePathname } from 'next/navigation';

export function AdminNav({ items }: { items: { href: string; label: string }[] }) {
  const pathname = usePathname();
  return (
    <nav className="no-print mb-5 overflow-x-auto" aria-label="setup">
      <ul className="flex gap-1 text-sm">
        {items.map((item) => {
          const active = item.href === '/admin' ? pathname === '/admin' : pathname === item.href || pathname.startsWith(item.href + '/');
          return (
            <li key={item.href} className="shrink-0">
              <Link
                href={item.href}
                aria-current={active ? 'page' : undefined}
                className={`block rounded-md px-3 py-1.5 ${active ? 'bg-brand-600 font-semibold text-white' : 'bg-white text-slate-600 ring-1 ring-slate-200 hover:text-slate-900'}`}
              >
                {item.label}
              </Link>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
