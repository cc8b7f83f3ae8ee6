// Migrations apply to an empty database through the project's script, and a second run is a no-op.
import { afterAll, describe, expect, it } from 'vitest';
import { createClient } from '@/lib/db/client';
import { listMigrations, pendingMigrations } from '@/lib/db/migrations';
import { createTestDatabase, migrate, type TestDatabase } from '../support/database';

describe('migrations', () => {
  let scratch: TestDatabase;
  afterAll(async () => scratch?.drop());

  it('apply to an empty database, then a second run changes nothing', async () => {
    scratch = await createTestDatabase('migrate');
    const all = listMigrations(scratch.provider);
    expect(all.length).toBeGreaterThan(0);

    const first = migrate(scratch.url);
    expect(first).toContain(`applied ${all.length} migration(s)`);
    for (const name of all) expect(first).toContain(name);

    const second = migrate(scratch.url);
    expect(second).toContain('is up to date');
    expect(second).not.toContain('applied');

    const db = await createClient(scratch.url);
    try {
      expect(await pendingMigrations(db, scratch.provider)).toEqual([]);
      // every model's table exists and is empty
      expect(await db.user.count()).toBe(0);
      expect(await db.panelScore.count()).toBe(0);
      expect(await db.auditLog.count()).toBe(0);
    } finally {
      await db.$disconnect();
    }
  });

  it('an empty database reports every migration as pending', async () => {
    const empty = await createTestDatabase('empty');
    const db = await createClient(empty.url);
    try {
      expect(await pendingMigrations(db, empty.provider)).toEqual(listMigrations(empty.provider));
    } finally {
      await db.$disconnect();
      await empty.drop();
    }
  });
});
