// Next.js configuration: native/database packages stay external; next-intl reads i18n/request.ts.
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';
import { STATIC_SECURITY_HEADERS } from './lib/http/rules';

const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  // ICU messages are compiled at build time: the browser gets the small formatter, not the ICU parser
  experimental: { messages: { path: './messages', format: 'json', locales: 'infer', precompile: true } },
});

const nextConfig: NextConfig = {
  serverExternalPackages: ['better-sqlite3', '@prisma/adapter-better-sqlite3', '@prisma/adapter-pg', 'pg', 'exceljs', 'svg-captcha'],
  poweredByHeader: false,
  typedRoutes: false,
  experimental: { authInterrupts: true },
  async headers() {
    return [
      {
        source: '/:path*',
        // the same values server.ts sets (it adds the CSP with a nonce and, under https, HSTS): lib/http/rules.ts
        headers: Object.entries(STATIC_SECURITY_HEADERS).map(([key, value]) => ({ key, value })),
      },
    ];
  },
};

export default withNextIntl(nextConfig);
