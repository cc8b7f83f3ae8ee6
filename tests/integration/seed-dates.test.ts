// The demo's dates tell a possible story: the finished 2025 arena was created before it was drawn, held and ended.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createClient, type Db } from '@/lib/db/client';

let db: Db;
beforeAll(async () => {
  db = await createClient(inject('seededUrl'));
});
afterAll(async () => db?.$disconnect());

describe('demo seed dates', () => {
  it('creates the finished arena before it was drawn, started and finished, and last changes it when it finished', async () => {
    const arenas = await db.arena.findMany({ where: { state: 'finished' } });
    expect(arenas.length).toBeGreaterThan(0);
    for (const a of arenas) {
      for (const at of [a.drawnAt, a.startedAt, a.finishedAt]) expect(at, a.name).toBeInstanceOf(Date);
      expect(a.createdAt.getTime(), `${a.name}: created ${a.createdAt.toISOString()}, drawn ${a.drawnAt!.toISOString()}`).toBeLessThanOrEqual(
        a.drawnAt!.getTime(),
      );
      expect(a.drawnAt!.getTime()).toBeLessThanOrEqual(a.startedAt!.getTime());
      expect(a.startedAt!.getTime()).toBeLessThan(a.finishedAt!.getTime());
      expect(a.updatedAt.getTime(), `${a.name}: updated ${a.updatedAt.toISOString()}`).toBeLessThanOrEqual(a.finishedAt!.getTime());
    }
  });
});
