// Period reads shared by the header, homes and pages.
import 'server-only';
import type { Db } from './db/client';

const ACTIVE = ['open', 'review', 'arena'];

/** The period people are working on: the latest active one, else the latest published, else the latest. */
export async function getCurrentPeriod(db: Db) {
  const order = [{ year: 'desc' as const }, { half: 'desc' as const }];
  return (
    (await db.period.findFirst({ where: { state: { in: ACTIVE } }, orderBy: order })) ??
    (await db.period.findFirst({ where: { state: { in: ['published', 'archived'] } }, orderBy: order })) ??
    (await db.period.findFirst({ orderBy: order }))
  );
}

export async function listPeriods(db: Db) {
  return db.period.findMany({ orderBy: [{ year: 'desc' }, { half: 'desc' }] });
}
