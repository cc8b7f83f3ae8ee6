// User accounts (用户账号): filter by role, unit or name; add an account.
import type { Metadata } from 'next';
import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { z } from 'zod';
import { CreateUserForm } from '@/components/setup/user-forms';
import { Card, Notice, PageTitle } from '@/components/ui/card';
import { requirePermission } from '@/lib/auth/guard.server';
import { ACCOUNT_PERMISSION } from '@/lib/setup/access';
import { getDb } from '@/lib/db.server';
import { ROLES } from '@/lib/domain/enums';
import { countUsers, listUsers, unitOptions } from '@/lib/setup/queries.server';
import { DataTable } from '@/components/ui/data-table';

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations('setup'))('users.title') };
}

const filterSchema = z.object({
  q: z.string().trim().max(64).optional().catch(undefined),
  role: z.enum(ROLES).optional().catch(undefined),
  unitId: z.string().max(64).optional().catch(undefined),
});

export default async function UsersAdminPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  await requirePermission(ACCOUNT_PERMISSION);
  const t = await getTranslations();
  const f = filterSchema.parse(await searchParams);
  const db = await getDb();
  const [users, units, total] = await Promise.all([
    listUsers(db, { q: f.q || undefined, role: f.role, unitId: f.unitId || undefined }),
    unitOptions(db),
    countUsers(db),
  ]);
  const input = 'rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm';
  return (
    <div className="space-y-5">
      <PageTitle sub={t('setup.users.sub', { count: total })}>{t('setup.users.title')}</PageTitle>
      <Card>
        <details>
          <summary className="cursor-pointer text-base font-semibold text-slate-800">{t('setup.users.create')}</summary>
          <div className="mt-3">
            <CreateUserForm units={units.map((u) => ({ id: u.id, name: u.name }))} />
          </div>
        </details>
      </Card>
      <Card>
        <form method="get" className="mb-4 flex flex-wrap items-end gap-3 text-sm">
          <label className="flex flex-col gap-1">
            <span className="text-slate-500">{t('setup.users.search')}</span>
            <input name="q" defaultValue={f.q ?? ''} className={input} maxLength={64} />
          </label>
          <label className="flex flex-col gap-1">
            <span className="text-slate-500">{t('setup.users.role')}</span>
            <select name="role" defaultValue={f.role ?? ''} className={input}>
              <option value="">{t('setup.users.allRoles')}</option>
              {ROLES.map((r) => (
                <option key={r} value={r}>
                  {t(`roles.${r}`)}
                </option>
              ))}
            </select>
          </label>
          <label className="flex min-w-0 flex-col gap-1">
            <span className="text-slate-500">{t('setup.users.unit')}</span>
            <select name="unitId" defaultValue={f.unitId ?? ''} className={`${input} max-w-[16rem]`}>
              <option value="">{t('setup.users.allUnits')}</option>
              {units.map((u) => (
                <option key={u.id} value={u.id}>
                  {u.name}
                </option>
              ))}
            </select>
          </label>
          <button type="submit" className="rounded-md bg-brand-600 px-4 py-1.5 font-semibold text-white hover:bg-brand-700">
            {t('setup.users.filter')}
          </button>
          <Link href="/admin/users" className="py-1.5 text-slate-500 hover:text-slate-900">
            {t('setup.users.reset')}
          </Link>
        </form>
        {users.length === 0 ? (
          <Notice>{t('setup.users.empty')}</Notice>
        ) : (
          <DataTable
            testId="users-table"
            minWidth="min-w-[640px]"
            columns={[
              { label: t('setup.users.username') },
              { label: t('setup.users.name') },
              { label: t('setup.users.role') },
              { label: t('setup.users.unit') },
              { label: t('setup.status') },
              { label: t('setup.actions') },
            ]}
          >
            {users.map((u) => (
              <tr key={u.id} className={u.disabled ? 'text-slate-400' : ''}>
                <td className="py-2 pr-3 font-mono text-xs">{u.username}</td>
                <td className="py-2 pr-3">
                  {u.name}
                  {u.title && <span className="text-xs text-slate-500"> · {u.title}</span>}
                </td>
                <td className="whitespace-nowrap py-2 pr-3">{t(`roles.${u.role}`)}</td>
                <td className="py-2 pr-3">{u.unit?.shortName ?? u.unit?.name ?? '—'}</td>
                <td className="whitespace-nowrap py-2 pr-3">
                  {u.disabled ? (
                    <span className="rounded bg-red-50 px-2 py-0.5 text-xs text-red-700">{t('setup.users.disabled')}</span>
                  ) : (
                    t('setup.users.enabled')
                  )}
                </td>
                <td className="py-2">
                  <Link href={`/admin/users/${u.id}`} className="text-brand-700 hover:underline">
                    {t('setup.edit')}
                  </Link>
                </td>
              </tr>
            ))}
          </DataTable>
        )}
      </Card>
    </div>
  );
}
