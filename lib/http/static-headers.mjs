// The security headers every answer carries whatever the request (lib/http/rules.ts re-exports them; next.config.mjs
// sets them for `next dev`). Plain JavaScript so that both the TypeScript app and the plain-JavaScript Next.js config
// read one list; types in static-headers.d.mts.
export const STATIC_SECURITY_HEADERS = Object.freeze({
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'same-origin',
  'X-Frame-Options': 'DENY',
  'Permissions-Policy':
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), publickey-credentials-get=(), serial=(), usb=(), xr-spatial-tracking=(), fullscreen=(self)',
  'Cross-Origin-Opener-Policy': 'same-origin',
});
