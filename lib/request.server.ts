// Request metadata for the audit trail.
import 'server-only';
import { headers } from 'next/headers';

/** The client IP: first X-Forwarded-For hop (set by the reverse proxy), else X-Real-IP. */
export function clientIp(h: Headers): string | null {
  const fwd = h.get('x-forwarded-for');
  if (fwd) return fwd.split(',')[0]!.trim() || null;
  return h.get('x-real-ip');
}

export async function requestIp(): Promise<string | null> {
  return clientIp(await headers());
}
