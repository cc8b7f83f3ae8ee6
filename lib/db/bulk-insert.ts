// Many rows into one table in few statements: a multi-row INSERT per chunk, the same SQL on SQLite and PostgreSQL.
// Prisma's createMany sends SQLite one statement per row through the driver adapter (10,000 audit rows took ~10× as
// long); bulk imports (lib/import) and their audit rows (lib/audit/chain-store.ts appendAuditRows) use this instead.
// Values are bound parameters; a Date binds as Prisma binds it (the stored text is the same as a model write's).
import { Prisma } from '../generated/sqlite/client';
import type { Tx } from './client';
import type { Provider } from './url';

/** Bound values per statement: SQLite's classic limit is 999; PostgreSQL's is 65535. */
const MAX_PARAMS: Record<Provider, number> = { sqlite: 999, postgresql: 30_000 };

export type BulkValue = string | number | boolean | Date | null;

/**
 * INSERT `rows` (each with a value for every column, in order) into `table`. `casts` names PostgreSQL casts per column
 * (e.g. { before: 'jsonb' }); ignored on SQLite.
 */
export async function bulkInsert(
  tx: Tx,
  provider: Provider,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly BulkValue[])[],
  casts: Readonly<Record<string, string>> = {},
): Promise<void> {
  if (rows.length === 0) return;
  const per = Math.max(1, Math.floor(MAX_PARAMS[provider] / columns.length));
  const head = Prisma.raw(`INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `);
  const cast = columns.map((c) => (provider === 'postgresql' && casts[c] ? Prisma.raw(`::${casts[c]}`) : Prisma.empty));
  for (let i = 0; i < rows.length; i += per) {
    const values = rows.slice(i, i + per).map((r) => Prisma.sql`(${Prisma.join(r.map((v, j) => Prisma.sql`${v}${cast[j]!}`))})`);
    await tx.$executeRaw(Prisma.sql`${head}${Prisma.join(values)}`);
  }
}
