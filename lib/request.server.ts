// Request metadata for the audit trail and the sign-in guard: the client's address (lib/net/client-address.ts).
import 'server-only';
import { headers } from 'next/headers';
import { RESOLVED_IP_HEADER, resolveClientIp } from './net/client-address';
import { getSetting } from './settings/settings.server';

/**
 * The client IP: the TCP peer server.ts recorded, or — only when the `network.trustedProxy` setting is on — the
 * right-most X-Forwarded-For hop (validated, length-capped). null when neither is a valid address.
 */
export async function clientIp(h: Headers): Promise<string | null> {
  const trustedProxy = await getSetting('network.trustedProxy').catch(() => false);
  return resolveClientIp(h, { trustedProxy });
}

export async function requestIp(): Promise<string | null> {
  return clientIp(await headers());
}

/**
 * This request's headers for a better-auth call that may open or re-issue a session: better-auth records the address
 * from RESOLVED_IP_HEADER only (lib/auth/auth.server.ts), so a session's address is the one the audit log shows.
 */
export async function sessionHeaders(): Promise<Headers> {
  const h = new Headers(await headers());
  const ip = await clientIp(h);
  if (ip) h.set(RESOLVED_IP_HEADER, ip);
  else h.delete(RESOLVED_IP_HEADER);
  return h;
}
