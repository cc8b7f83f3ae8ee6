// Migration folders on disk and the applied ones in the database (Prisma's `_prisma_migrations` table).
import fs from 'node:fs';
import path from 'node:path';
import type { Provider } from './url';

export function migrationsDir(provider: Provider, root: string = process.cwd()): string {
  return path.join(root, 'prisma', 'migrations', provider);
}

/** Migration folder names, oldest first (names start with a UTC timestamp). */
export function listMigrations(provider: Provider, root?: string): string[] {
  const dir = migrationsDir(provider, root);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory() && fs.existsSync(path.join(dir, e.name, 'migration.sql')))
    .map((e) => e.name)
    .sort();
}

interface RawQueryable {
  $queryRawUnsafe<T = unknown>(query: string): Promise<T>;
}

/** Names of migrations finished in the database; empty when the table does not exist yet. */
export async function appliedMigrations(db: RawQueryable): Promise<string[]> {
  try {
    const rows = await db.$queryRawUnsafe<{ migration_name: string }[]>(
      'SELECT migration_name FROM _prisma_migrations WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL',
    );
    return rows.map((r) => r.migration_name);
  } catch {
    return [];
  }
}

export async function pendingMigrations(db: RawQueryable, provider: Provider, root?: string): Promise<string[]> {
  const applied = new Set(await appliedMigrations(db));
  return listMigrations(provider, root).filter((m) => !applied.has(m));
}

/** A trivial round trip: is the database there at all (the health probe)? */
export async function pingDatabase(db: RawQueryable): Promise<void> {
  await db.$queryRawUnsafe('SELECT 1');
}
