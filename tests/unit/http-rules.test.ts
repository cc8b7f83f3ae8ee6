// lib/http/rules.ts: the security headers (CSP with nonce, HSTS only under https) and the pre-routing refusals.
import { describe, expect, it } from 'vitest';
import {
  contentSecurityPolicy,
  crossSiteWrite,
  malformedMultipart,
  isHttps,
  malformedPath,
  nonceOf,
  refuseRequest,
  securityHeaders,
  wantsJson,
} from '@/lib/http/rules';

describe('security headers', () => {
  it('puts the nonce in script-src with strict-dynamic and locks down the rest', () => {
    const csp = contentSecurityPolicy('abc123==', { https: false });
    expect(csp).toContain("script-src 'self' 'nonce-abc123==' 'strict-dynamic'");
    for (const d of ["object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'", "form-action 'self'", "connect-src 'self'", "default-src 'self'"])
      expect(csp).toContain(d);
    expect(csp).not.toMatch(/script-src[^;]*unsafe/);
    expect(csp).not.toContain('upgrade-insecure-requests');
    expect(nonceOf(csp)).toBe('abc123==');
  });

  it('sends HSTS and upgrade-insecure-requests only over https', () => {
    const http = securityHeaders({ nonce: 'n', https: false });
    expect(http['Strict-Transport-Security']).toBeUndefined();
    expect(http['X-Frame-Options']).toBe('DENY');
    expect(http['X-Content-Type-Options']).toBe('nosniff');
    expect(http['Referrer-Policy']).toBeTruthy();
    expect(http['Permissions-Policy']).toContain('camera=()');
    const https = securityHeaders({ nonce: 'n', https: true });
    expect(https['Strict-Transport-Security']).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    expect(https['Content-Security-Policy']).toContain('upgrade-insecure-requests');
  });

  it('believes X-Forwarded-Proto only behind a trusted proxy', () => {
    expect(isHttps({ trustedProxy: false })).toBe(false);
    expect(isHttps({ publicUrl: 'https://kh.example.gov.cn', trustedProxy: false })).toBe(true);
    expect(isHttps({ publicUrl: 'http://10.0.0.5:3000', trustedProxy: false })).toBe(false);
    expect(isHttps({ forwardedProto: 'https', trustedProxy: false })).toBe(false);
    expect(isHttps({ forwardedProto: 'https', trustedProxy: true })).toBe(true);
    expect(isHttps({ forwardedProto: 'HTTPS, http', trustedProxy: true })).toBe(true);
    expect(isHttps({ forwardedProto: 'http', trustedProxy: true })).toBe(false);
    expect(isHttps({ trustedProxy: false, encrypted: true })).toBe(true);
  });
});

describe('pre-routing refusals', () => {
  it('finds malformed %-escapes in the path only', () => {
    for (const bad of ['/units/%ff', '/api/v1/periods/%ff/leaderboard', '/a/%E4%B8', '/x/%', '/x/%zz/y', '/screen/%ff?x=1'])
      expect(malformedPath(bad), bad).toBe(true);
    for (const ok of ['/units/abc', '/units/%E4%B8%AD', '/leaderboard?period=%ff', '/', '/a%20b', '/x#%ff']) expect(malformedPath(ok), ok).toBe(false);
  });

  it('refuses writes from another origin, an unparsable one or "null"; leaves reads and Origin-less requests alone', () => {
    const h = (origin?: string, extra: Record<string, string> = {}) => ({ host: '127.0.0.1:3204', ...(origin === undefined ? {} : { origin }), ...extra });
    expect(crossSiteWrite('POST', h('http://127.0.0.1:3204'))).toBe(false);
    expect(crossSiteWrite('POST', h('http://evil.example'))).toBe(true);
    expect(crossSiteWrite('POST', h('garbage'))).toBe(true);
    expect(crossSiteWrite('POST', h('null'))).toBe(true);
    expect(crossSiteWrite('DELETE', h('http://evil.example'))).toBe(true);
    expect(crossSiteWrite('GET', h('http://evil.example'))).toBe(false);
    expect(crossSiteWrite('POST', h())).toBe(false);
    expect(crossSiteWrite('POST', h('https://kh.example.gov.cn', { 'x-forwarded-host': 'kh.example.gov.cn' }))).toBe(false);
    expect(refuseRequest({ method: 'GET', url: '/units/%ff', headers: {} })).toEqual({ status: 400, code: 'badPath' });
    expect(refuseRequest({ method: 'POST', url: '/', headers: h('http://evil.example') })).toEqual({ status: 403, code: 'crossSite' });
    expect(refuseRequest({ method: 'GET', url: '/units', headers: h() })).toBeNull();
  });

  it('refuses a multipart body without its boundary (Next’s form parser would throw)', () => {
    expect(malformedMultipart({ 'content-type': 'multipart/form-data' })).toBe(true);
    expect(malformedMultipart({ 'content-type': 'multipart/form-data; charset=utf-8' })).toBe(true);
    expect(malformedMultipart({ 'content-type': 'multipart/form-data; boundary=----WebKitFormBoundaryAbc' })).toBe(false);
    expect(malformedMultipart({ 'content-type': 'application/json' })).toBe(false);
    expect(refuseRequest({ method: 'POST', url: '/', headers: { 'content-type': 'multipart/form-data' } })).toEqual({ status: 400, code: 'badBody' });
  });

  it('answers JSON to API, action and non-browser requests, the error page to browsers', () => {
    expect(wantsJson({ url: '/api/v1/periods/%ff/leaderboard', headers: { accept: 'text/html' } })).toBe(true);
    expect(wantsJson({ url: '/', headers: { 'next-action': 'x', accept: 'text/html' } })).toBe(true);
    expect(wantsJson({ url: '/units/%ff', headers: { accept: 'text/html,application/xhtml+xml' } })).toBe(false);
    expect(wantsJson({ url: '/units/%ff', headers: {} })).toBe(true);
  });
});
