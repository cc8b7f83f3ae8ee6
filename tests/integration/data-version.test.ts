// The data version caches compare: it moves with every audited write exactly when that write commits, and not
// at all for a write that rolls back.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeAudit } from '@/lib/audit.server';
import { createClient, type Db } from '@/lib/db/client';
import { dataVersion, dataVersions, periodScope, probeVersionAndSession } from '@/lib/db/data-version';
import { providerOf } from '@/lib/db/url';
import { type TestDatabase, createMigratedDatabase } from '../support/database';

let scratch: TestDatabase;
let db: Db;
const actor = { id: null, name: '测试', ip: null };

beforeAll(async () => {
  scratch = await createMigratedDatabase('dataversion');
  db = await createClient(scratch.url);
});
afterAll(async () => {
  await db?.$disconnect();
  await scratch?.drop();
});

describe('data version', () => {
  it('moves once per committed audited write, and not for one that rolls back', async () => {
    const v0 = await dataVersion(db);
    await db.$transaction((tx) => writeAudit(tx, actor, { action: 'test.a', entityType: 'test' }));
    const v1 = await dataVersion(db);
    expect(v1).not.toBe(v0);
    await expect(
      db.$transaction(async (tx) => {
        await writeAudit(tx, actor, { action: 'test.b', entityType: 'test' });
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(await dataVersion(db)).toBe(v1);
  });

  it('a rolled-back write’s version never comes back; on PostgreSQL readers never see it at all', async () => {
    const before = await dataVersion(db);
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    let inside = '';
    const writer = db.$transaction(async (tx) => {
      await writeAudit(tx, actor, { action: 'test.c', entityType: 'test' });
      inside = await dataVersion(tx);
      await gate;
      throw new Error('rolled back');
    });
    while (!inside) await new Promise((r) => setTimeout(r, 5));
    expect(inside).not.toBe(before);
    // SQLite has one connection, so a read now may glimpse the open transaction; PostgreSQL isolates it
    if (providerOf(scratch.url) === 'postgresql') expect(await dataVersion(db)).toBe(before);
    release();
    await expect(writer).rejects.toThrow('rolled back');
    expect(await dataVersion(db)).toBe(before);
    const seen = new Set<string>();
    for (let i = 0; i < 5; i++) {
      await db.$transaction((tx) => writeAudit(tx, actor, { action: `test.d${i}`, entityType: 'test' }));
      seen.add(await dataVersion(db));
    }
    expect(seen.size).toBe(5);
    expect(seen.has(inside)).toBe(false);
  });

  it('moves for every one of several concurrent writers', async () => {
    const before = await dataVersion(db);
    const rows = await db.auditLog.count();
    await Promise.all(
      Array.from({ length: 8 }, (_, i) => db.$transaction((tx) => writeAudit(tx, actor, { action: `test.p${i}`, entityType: 'test' }), { maxWait: 10_000 })),
    );
    expect(await db.auditLog.count()).toBe(rows + 8);
    expect(await dataVersion(db)).not.toBe(before);
  });

  it('is what the page cache probes, with the session expiry in the same statement', async () => {
    const probe = await probeVersionAndSession(db, 'no-such-token');
    expect(probe).toEqual({ version: `global=${await dataVersion(db)}`, sessionExpiresAt: null, session: null });
    const expiresAt = new Date('2030-01-01T00:00:00Z');
    const user = await db.user.create({ data: { id: 'u-probe', name: '探针', email: 'probe@test.local' } });
    await db.session.create({ data: { id: 's-probe', token: 'tok-probe', userId: user.id, expiresAt } });
    expect((await probeVersionAndSession(db, 'tok-probe')).sessionExpiresAt).toBe(expiresAt.getTime());
  });

  it("a write declaring a period scope moves that period's version only; an unshared write moves none", async () => {
    const before = await dataVersions(db);
    const probe = await probeVersionAndSession(db, 'no-such-token');
    await db.$transaction((tx) => writeAudit(tx, actor, { action: 'test.draft', entityType: 'test', scope: 'unshared' }));
    await db.$transaction((tx) => writeAudit(tx, actor, { action: 'submission.save_draft', entityType: 'test' }));
    expect(await dataVersions(db)).toEqual(before);
    expect(await probeVersionAndSession(db, 'no-such-token')).toEqual(probe);
    await db.$transaction((tx) => writeAudit(tx, actor, { action: 'test.submit', entityType: 'test', scope: { period: 'p1' } }));
    const after = await dataVersions(db);
    expect(after.get('global')).toBe(before.get('global'));
    expect(after.get(periodScope('p1'))).toBeDefined();
    expect(after.get(periodScope('p1'))).not.toBe(before.get(periodScope('p1')));
    expect((await probeVersionAndSession(db, 'no-such-token')).version).not.toBe(probe.version);
    expect(await db.auditLog.count({ where: { action: { in: ['test.draft', 'submission.save_draft', 'test.submit'] } } })).toBe(3);
  });
});
