// The client's address (DESIGN §9, issue #12 Found 5). Pure: no I/O, also imported by server.ts.
// server.ts writes CLIENT_ADDR_HEADER from the TCP socket on every request, after deleting any copy the client sent;
// X-Forwarded-For counts only when the `network.trustedProxy` setting is on (see docs/decisions/013-sign-in-guard.md).
import { isIP } from 'node:net';

/** Set by server.ts from req.socket.remoteAddress; an incoming copy is deleted first. */
export const CLIENT_ADDR_HEADER = 'x-leitai-client-addr';
/** The resolved address handed to better-auth (advanced.ipAddress) so sessions record what the audit log records. */
export const RESOLVED_IP_HEADER = 'x-leitai-client-ip';
/** Headers a client may never set itself (server.ts deletes them before anything reads the request). */
export const INTERNAL_HEADERS = [CLIENT_ADDR_HEADER, RESOLVED_IP_HEADER] as const;

/** Longest X-Forwarded-For we read at all; a longer one is ignored as a whole. */
export const MAX_FORWARDED_LENGTH = 512;
/** Longest single address (an IPv6 text with zone index stays well below). */
const MAX_ADDRESS_LENGTH = 64;

/** A valid IP address in canonical text (IPv4-mapped IPv6 → IPv4, no zone, no port, lower case), else null. */
export function normalizeIp(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = raw.trim();
  if (!s || s.length > MAX_ADDRESS_LENGTH) return null;
  if (s.startsWith('[') && s.includes(']'))
    s = s.slice(1, s.indexOf(']')); // [v6]:port
  else if (/^\d{1,3}(\.\d{1,3}){3}:\d+$/.test(s)) s = s.slice(0, s.lastIndexOf(':')); // v4:port
  s = s.replace(/%.*$/, '').toLowerCase();
  const kind = isIP(s);
  if (kind === 0) return null;
  if (kind === 6) {
    const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/.exec(s);
    if (mapped && isIP(mapped[1]!) === 4) return mapped[1]!;
  }
  return s;
}

/**
 * The right-most X-Forwarded-For hop: the address our one trusted reverse proxy appended (it saw the TCP peer). Hops
 * to its left were written by the client or by proxies we do not know, so they are not believed. null when the header
 * is absent, too long, or its last hop is not an IP address.
 */
export function forwardedClient(xff: string | null | undefined): string | null {
  if (!xff || xff.length > MAX_FORWARDED_LENGTH) return null;
  const hops = xff.split(',');
  return normalizeIp(hops[hops.length - 1]);
}

/** The address to record and to count sign-in failures against. */
export function resolveClientIp(h: Headers, opts: { trustedProxy: boolean }): string | null {
  if (opts.trustedProxy) {
    const fwd = forwardedClient(h.get('x-forwarded-for'));
    if (fwd) return fwd;
  }
  return normalizeIp(h.get(CLIENT_ADDR_HEADER));
}
