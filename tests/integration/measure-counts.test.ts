// One definition of open and overdue measures: the home tiles show the numbers of the 整改清单 they link to,
// and the board's own filters list exactly what its tiles count (seeded demo, read-only).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createClient, type Db } from '@/lib/db/client';
import { leaderFollowUp, unitMeasureTiles } from '@/lib/home/queries.server';
import { boardCounts, boardMeasures } from '@/lib/measures/queries.server';
import { userOf } from '../support/actors';

let db: Db;
const now = new Date();

beforeAll(async () => {
  db = await createClient(inject('seededUrl'));
});
afterAll(async () => {
  await db?.$disconnect();
});

describe('open and overdue measures', () => {
  it("leader1's home tiles equal the board's counts", async () => {
    const user = await userOf(db, 'leader1');
    const home = await leaderFollowUp(db, user, now);
    const board = await boardCounts(db, user, now);
    expect(board.open).toBeGreaterThan(0);
    expect({ open: home.openMeasures, overdue: home.overdueMeasures }).toEqual({ open: board.open, overdue: board.overdue });
  });

  it("every unit head's home tiles equal the board they see", async () => {
    const units = await db.unit.findMany({ where: { active: true }, select: { code: true } });
    const mismatches: string[] = [];
    for (const { code } of units) {
      const user = await userOf(db, `${code}_head`);
      const home = await unitMeasureTiles(db, user, now);
      const board = await boardCounts(db, user, now);
      if (home.openMeasures !== board.open || home.overdueMeasures !== board.overdue)
        mismatches.push(`${code}: home ${home.openMeasures}/${home.overdueMeasures}, board ${board.open}/${board.overdue}`);
    }
    expect(mismatches).toEqual([]);
  });

  it("the board's open and overdue filters list exactly what its tiles count", async () => {
    for (const username of ['leader1', 'jsj_head']) {
      const user = await userOf(db, username);
      const counts = await boardCounts(db, user, now);
      expect((await boardMeasures(db, user, { status: 'open' }, now)).length, username).toBe(counts.open);
      expect((await boardMeasures(db, user, { status: 'all', overdue: '1' }, now)).length, username).toBe(counts.overdue);
      expect((await boardMeasures(db, user, { status: 'done' }, now)).length, username).toBe(counts.done);
    }
  });
});
