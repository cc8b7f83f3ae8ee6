// Scratch databases for integration tests. Migrations and seed run once per run, in the global setup
// (tests/integration/global-setup.ts), into two templates; a file's own scratch database is a copy of one (a file
// copy on SQLite, CREATE DATABASE … TEMPLATE on PostgreSQL), so twenty files do not each spend seconds of CPU
// migrating and seeding on CI's two cores.
import { inject } from 'vitest';
import { createTestDatabase, migrate, seed, type TestDatabase } from './scratch-db';

export { createTestDatabase, migrate, runScript, seed, type TestDatabase } from './scratch-db';

/** A scratch copy of the demo district as `npm run db:seed` leaves it (migrated and seeded once per run). */
export const createSeededDatabase = (label: string) => createTestDatabase(label, inject('seededTemplateUrl'));
/** A scratch database with every migration applied and no rows. */
export const createMigratedDatabase = (label: string) => createTestDatabase(label, inject('migratedTemplateUrl'));

/** The global setup's templates: migrated (and seeded), then made safe to copy. */
export async function createTemplates(): Promise<{ migrated: TestDatabase; seeded: TestDatabase }> {
  const migrated = await createTestDatabase('tmpl_migrated');
  migrate(migrated.url);
  const seeded = await createTestDatabase('tmpl_seeded');
  migrate(seeded.url);
  seed(seeded.url);
  for (const t of [migrated, seeded]) {
    if (t.provider !== 'sqlite') continue;
    // fold the write-ahead log into the file, so that a plain copy of the file is the whole database
    const { default: Database } = await import('better-sqlite3');
    const file = t.url.replace(/^file:/, '');
    const sqlite = new Database(file);
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    sqlite.pragma('journal_mode = DELETE');
    sqlite.close();
  }
  return { migrated, seeded };
}
