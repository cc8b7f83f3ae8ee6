// Reads for tab titles: the name of what a page shows, only for a user who may see it (an id they may not read
// gets the generic title, exactly like a missing one).
import 'server-only';
import { getSessionUser } from '../auth/guard.server';
import { can, canReadUnit } from '../auth/permissions';
import { getDb } from '../db.server';

/** The unit's short name, and whether it is the reader's own unit; null if missing or not theirs to read. */
export async function unitForTitle(unitId: string): Promise<{ name: string; own: boolean } | null> {
  const user = await getSessionUser();
  if (!user || !canReadUnit(user, unitId)) return null;
  const unit = await (await getDb()).unit.findUnique({ where: { id: unitId }, select: { name: true, shortName: true } });
  return unit ? { name: unit.shortName || unit.name, own: user.unitId === unitId } : null;
}

export async function periodNameForTitle(periodId: string): Promise<string | null> {
  if (!(await getSessionUser())) return null;
  const period = await (await getDb()).period.findUnique({ where: { id: periodId }, select: { name: true } });
  return period?.name ?? null;
}

export async function arenaNameForTitle(arenaId: string): Promise<string | null> {
  const user = await getSessionUser();
  if (!user || !can(user, 'arena:read')) return null;
  const arena = await (await getDb()).arena.findUnique({ where: { id: arenaId }, select: { name: true } });
  return arena?.name ?? null;
}

export async function userNameForTitle(userId: string): Promise<string | null> {
  const user = await getSessionUser();
  if (!user || !can(user, 'setup:manage')) return null;
  const found = await (await getDb()).user.findUnique({ where: { id: userId }, select: { name: true } });
  return found?.name ?? null;
}
