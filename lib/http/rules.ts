// HTTP hardening rules (DESIGN §9, docs/decisions/016-http-hardening.md): the security headers every answer carries,
// the nonce-based Content-Security-Policy, and the two refusals the server gives before Next sees a request (a path
// that cannot be decoded → 400, a cross-site write → 403). Pure: no I/O; server.ts and next.config.mjs apply them.
import { STATIC_SECURITY_HEADERS as STATIC_HEADERS } from './static-headers.mjs';

/** The request header that carries the per-request CSP nonce to server components (Next reads it from the CSP itself). */
export const NONCE_HEADER = 'x-nonce';
/** Set by server.ts when it rewrites a refused request to /request-error: the status to show (400 or 403). */
export const REQUEST_ERROR_HEADER = 'x-leitai-request-error';

export interface HttpsFacts {
  /** BETTER_AUTH_URL, the address users are given */
  publicUrl?: string | undefined;
  /** the X-Forwarded-Proto header as received */
  forwardedProto?: string | string[] | undefined;
  /** the `network.trustedProxy` setting: forwarded headers are believed only when it is on */
  trustedProxy: boolean;
  /** the connection itself is TLS */
  encrypted?: boolean;
}

/** Served over https: the public address is https, the socket is TLS, or a trusted proxy says so. */
export function isHttps(f: HttpsFacts): boolean {
  if (f.encrypted) return true;
  if (f.publicUrl && /^https:\/\//i.test(f.publicUrl.trim())) return true;
  if (!f.trustedProxy || !f.forwardedProto) return false;
  const first = (Array.isArray(f.forwardedProto) ? f.forwardedProto[0] : f.forwardedProto)?.split(',')[0]?.trim().toLowerCase();
  return first === 'https';
}

/**
 * The policy. Scripts: only those carrying this response's nonce, and what they load ('strict-dynamic'; 'self' is the
 * fallback for browsers without CSP3). Styles: stylesheets from this origin and nonce'd <style> elements; style
 * *attributes* are allowed ('unsafe-inline' on style-src-attr only) because React renders `style={…}` (chart heights)
 * and Chart.js sizes its canvas — an attribute cannot run script. Everything else: this origin only, nothing framed,
 * no plugins, forms post only here. `upgrade-insecure-requests` only under https (over plain http it would break the page).
 */
export function contentSecurityPolicy(nonce: string, opts: { https: boolean }): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    `style-src 'self' 'nonce-${nonce}'`,
    `style-src-elem 'self' 'nonce-${nonce}'`,
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "media-src 'self'",
    "worker-src 'self' blob:",
    "manifest-src 'self'",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ];
  if (opts.https) directives.push('upgrade-insecure-requests');
  return directives.join('; ');
}

/**
 * Powerful features this app never uses are switched off for it and anything it could embed (the hall's big screen
 * may go full screen from its own page).
 */
export const PERMISSIONS_POLICY: string = STATIC_HEADERS['Permissions-Policy']!;

/** Two years, subdomains included: once a browser has seen the site over https it never tries http again. */
export const HSTS = 'max-age=63072000; includeSubDomains';

/**
 * Headers every answer carries whatever the request. In a plain-JavaScript module so that next.config.mjs (plain
 * JavaScript: Next.js then needs no compiler at start-up) sets the same ones for `next dev`.
 */
export const STATIC_SECURITY_HEADERS: Readonly<Record<string, string>> = STATIC_HEADERS;

/** All security headers for one answer: the static ones, the CSP with this request's nonce, HSTS only under https. */
export function securityHeaders(opts: { nonce: string; https: boolean }): Record<string, string> {
  const out: Record<string, string> = { ...STATIC_SECURITY_HEADERS, 'Content-Security-Policy': contentSecurityPolicy(opts.nonce, opts) };
  if (opts.https) out['Strict-Transport-Security'] = HSTS;
  return out;
}

/** The nonce in a CSP header value (as Next extracts it), or null. */
export function nonceOf(csp: string | null | undefined): string | null {
  return /'nonce-([A-Za-z0-9+/_-]+={0,2})'/.exec(csp ?? '')?.[1] ?? null;
}

/** The path part of a request target cannot be percent-decoded (`/units/%ff`, `/a/%E4%B8`): Next would answer 500. */
export function malformedPath(target: string): boolean {
  const q = target.search(/[?#]/);
  const path = q === -1 ? target : target.slice(0, q);
  if (!path.includes('%')) return false;
  for (const segment of path.split('/')) {
    if (!segment.includes('%')) continue;
    try {
      decodeURIComponent(segment);
    } catch {
      return true;
    }
  }
  return false;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The host[:port] an Origin header names, or null when it names none (`garbage`, `null`, a file: URL). */
function originHost(origin: string): string | null {
  try {
    const u = new URL(origin);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.host.toLowerCase() : null;
  } catch {
    return null;
  }
}

/**
 * A write (any method but GET/HEAD/OPTIONS) whose Origin is not this site: the host the request was sent to (Host,
 * or the first X-Forwarded-Host as Next's own server-action check reads it). Browsers send Origin on every
 * cross-site POST; a request without one (curl, a same-origin form in an old browser) is left to the route.
 */
export function crossSiteWrite(method: string | undefined, headers: Record<string, string | string[] | undefined>): boolean {
  if (!method || SAFE_METHODS.has(method.toUpperCase())) return false;
  const origin = headers['origin'];
  if (origin === undefined) return false;
  const from = originHost(Array.isArray(origin) ? (origin[0] ?? '') : origin);
  if (!from) return true;
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.split(',')[0]?.trim().toLowerCase();
  const hosts = [first(headers['host']), first(headers['x-forwarded-host'])].filter(Boolean);
  return !hosts.includes(from);
}

/**
 * A multipart body without its boundary: Next's server-action form parser throws on it (→ 500). Browsers always
 * send the boundary, so this is never a person's form.
 */
export function malformedMultipart(headers: Record<string, string | string[] | undefined>): boolean {
  const type = String(headers['content-type'] ?? '').toLowerCase();
  return type.startsWith('multipart/') && !/;\s*boundary=("[^"]+"|[^\s;]+)/.test(type);
}

export type RequestRefusal = { status: 400; code: 'badPath' } | { status: 400; code: 'badBody' } | { status: 403; code: 'crossSite' };

/** What the server refuses before routing, or null to go on. */
export function refuseRequest(req: {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
}): RequestRefusal | null {
  if (malformedPath(req.url ?? '/')) return { status: 400, code: 'badPath' };
  if (crossSiteWrite(req.method, req.headers)) return { status: 403, code: 'crossSite' };
  if (malformedMultipart(req.headers)) return { status: 400, code: 'badBody' };
  return null;
}

/** Answer a refusal as JSON (API, server-action and non-browser requests) rather than as the HTML error page. */
export function wantsJson(req: { url?: string | undefined; headers: Record<string, string | string[] | undefined> }): boolean {
  const url = req.url ?? '/';
  if (url === '/api' || url.startsWith('/api/') || url.startsWith('/api?')) return true;
  if (req.headers['next-action'] || req.headers['rsc']) return true;
  const accept = String(req.headers['accept'] ?? '');
  return !accept.includes('text/html');
}
