// Authorisation inside the query: the `where` fragment limiting what an actor's unit-scoped reads can match.
import { can, type Actor } from './permissions';

/** Matches no row: ids are cuids, never this. */
const NOTHING = '__no_access__';

/** Restrict a query on a model with a `unitId` column to what `actor` may read. Combine with AND, never spread:
 *  spreading would let the scope's `unitId` overwrite the one asked for. */
export function unitScope(actor: Actor): { unitId?: string } {
  if (can(actor, 'submission:read:any')) return {};
  if (can(actor, 'submission:read:own') && actor.unitId) return { unitId: actor.unitId };
  return { unitId: NOTHING };
}
