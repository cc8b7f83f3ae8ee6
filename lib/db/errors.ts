// Database errors the services turn into messages, recognised the same way on both clients.

/** Prisma's unique-constraint violation (P2002). */
export function isUniqueViolation(err: unknown): boolean {
  if (typeof err !== 'object' || err === null) return false;
  const { code, message } = err as { code?: unknown; message?: unknown };
  if (code === 'P2002') return true;
  // a raw statement (lib/db/bulk-insert.ts) fails as P2010 with the database's own code in the message
  return code === 'P2010' && typeof message === 'string' && (message.includes('23505') || message.includes('UNIQUE constraint failed'));
}
