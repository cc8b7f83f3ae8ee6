// Reads the ranking page needs besides the results themselves.
import 'server-only';
import type { Db } from '../db/client';

/** Every unit's kind (the 类型 filter) and short name (chart and heat-map labels). */
export function unitFacets(db: Db) {
  return db.unit.findMany({ select: { id: true, kind: true, shortName: true } });
}
