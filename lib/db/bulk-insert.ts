// Many rows into one table in few statements. Prisma's createMany sends SQLite one statement per row through the
// driver adapter (10,000 audit rows took ~10× as long); bulk imports (lib/import) and their audit rows
// (lib/audit/chain-store.ts appendAuditRows) use this instead.
// - SQLite: a multi-row INSERT per chunk of ≤ 999 bound values; a Date binds as Prisma binds it (the stored text is
//   the same as a model write's).
// - PostgreSQL: ONE bound value per statement — the rows as a JSON array, spread into the table's own column types by
//   json_populate_recordset (a Date is sent as ISO text, which a `timestamp(3)` column reads as UTC, as Prisma writes
//   it). Binding 30,000 values per statement cost ~0.5 ms each in the driver adapter (10,000 indicators: 5 s under
//   load); one JSON text is parsed by the server in well under a second.
import { Prisma } from '../generated/sqlite/client';
import type { Tx } from './client';
import type { Provider } from './url';

/** Bound values per SQLite statement (its classic limit). */
const SQLITE_MAX_PARAMS = 999;
/** Rows per PostgreSQL statement (bounds the JSON text held at once). */
const PG_ROWS = 5000;

export type BulkValue = string | number | boolean | Date | null;

/**
 * INSERT `rows` (each with a value for every column, in order) into `table`. `json` names the columns whose value is
 * JSON text (e.g. an audit row's before/after): stored as that JSON (jsonb on PostgreSQL, the text on SQLite).
 * `withLast` (a data-modifying statement) runs with the last INSERT: on PostgreSQL in its round trip (a WITH clause),
 * on SQLite right after it. `onConflict` (e.g. `("dedupeKey") DO NOTHING`) is appended as `ON CONFLICT …` to every
 * INSERT (both engines). Answers the rows inserted.
 */
export async function bulkInsert(
  tx: Tx,
  provider: Provider,
  table: string,
  columns: readonly string[],
  rows: readonly (readonly BulkValue[])[],
  opts: { json?: readonly string[]; withLast?: Prisma.Sql; onConflict?: string } = {},
): Promise<number> {
  if (rows.length === 0) return 0;
  let inserted = 0;
  const conflict = Prisma.raw(opts.onConflict ? ` ON CONFLICT ${opts.onConflict}` : '');
  const list = columns.map((c) => `"${c}"`).join(', ');
  if (provider === 'postgresql') {
    // each row as a JSON object; a JSON column's text goes in as it is (it is JSON already)
    const keys = columns.map((c) => JSON.stringify(c) + ':');
    const raw = columns.map((c) => !!opts.json?.includes(c));
    const head = Prisma.raw(`INSERT INTO "${table}" (${list}) SELECT ${list} FROM json_populate_recordset(NULL::"${table}", `);
    for (let i = 0; i < rows.length; i += PG_ROWS) {
      const text = rows
        .slice(i, i + PG_ROWS)
        .map((r) => '{' + r.map((v, j) => keys[j] + (raw[j] && typeof v === 'string' ? v : JSON.stringify(v))).join(',') + '}')
        .join(',');
      const last = i + PG_ROWS >= rows.length;
      const prefix = last && opts.withLast ? Prisma.sql`WITH done AS (${opts.withLast}) ` : Prisma.empty;
      inserted += await tx.$executeRaw(Prisma.sql`${prefix}${head}${'[' + text + ']'}::json)${conflict}`);
    }
    return inserted;
  }
  const per = Math.max(1, Math.floor(SQLITE_MAX_PARAMS / columns.length));
  const head = Prisma.raw(`INSERT INTO "${table}" (${list}) VALUES `);
  for (let i = 0; i < rows.length; i += per) {
    const values = rows.slice(i, i + per).map((r) => Prisma.sql`(${Prisma.join(r)})`);
    inserted += await tx.$executeRaw(Prisma.sql`${head}${Prisma.join(values)}${conflict}`);
  }
  if (opts.withLast) await tx.$executeRaw(opts.withLast);
  return inserted;
}
