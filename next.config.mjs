// Next.js configuration: native/database packages stay external; next-intl reads i18n/request.ts. Plain JavaScript
// (not next.config.ts): a TypeScript config is compiled with Next's native compiler every time the server starts,
// which then stays loaded (~26 MB of a production server's memory, docs/decisions/021-excel-import.md).
import createNextIntlPlugin from 'next-intl/plugin';
// the same values server.ts sets for every answer (lib/http/rules.ts; it adds the CSP with a nonce and, under https,
// HSTS): here for `next dev`
import { STATIC_SECURITY_HEADERS } from './lib/http/static-headers.mjs';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  // ICU messages are compiled at build time: the browser gets the small formatter, not the ICU parser
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', 'pg', 'exceljs', 'svg-captcha'],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: {
    authInterrupts: true,
    // Turbopack keeps a build cache in .next/cache for the next build; a clean CI clone never builds twice, and
    // writing the cache cost ~15 s there (.ci/run sets LEITAI_BUILD_CACHE=off)
    turbopackFileSystemCacheForBuild: process.env.LEITAI_BUILD_CACHE !== 'off',
  },
  async headers() {
    return [{ source: '/:path*', headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })) }];
  },
};

export default withNextIntl(nextConfig);
