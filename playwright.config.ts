// End-to-end tests in Debian's Chromium (no browser download), zh-CN, against a production build
// served on port 3100 with a freshly seeded SQLite database (scripts/e2e-server.ts).
import { defineConfig, type Project } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 3100);

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1',
];

/** Specs that change a district-wide setting other specs' sign-ins depend on. */
const GLOBAL_SETTINGS = /(settings|two-factor-required)\.spec\.ts$/;

/**
 * The district-wide part: a new period becomes everyone's current one (setup), then district-wide settings switched
 * for a moment — one after the other. `LEITAI_E2E_PHASE=shared` runs only main + security, `=global` only this part on
 * a fresh server (scripts/test.ts runs it beside the two-instance test: it keeps one browser busy, not two); unset,
 * everything in order.
 */
function globalProjects(after: string[]): Project[] {
  return [
    // opens a new period, which becomes everyone's current period: runs after the rest, on the same server
    { name: 'setup', testMatch: /setup\.spec\.ts/, dependencies: after },
    // switch district-wide settings for a moment: alone, after everything else, one after the other (三员分立, then
    // TOTP required for admins — each signs the admin in, so they must not overlap)
    { name: 'global-settings', testDir: 'tests/security', testMatch: /settings\.spec\.ts$/, dependencies: ['setup'] },
    { name: 'global-two-factor', testDir: 'tests/security', testMatch: /two-factor-required\.spec\.ts$/, dependencies: ['global-settings'] },
  ];
}

const SHARED: Project[] = [
  { name: 'main', testIgnore: /setup\.spec\.ts/ },
  // the 等保 level-3 checks that need a browser or the real HTTP server (headers, CSP, 400s, TOTP)
  { name: 'security', testDir: 'tests/security', testMatch: /\.spec\.ts$/, testIgnore: GLOBAL_SETTINGS },
];

const PHASE = process.env.LEITAI_E2E_PHASE ?? 'all';
const PROJECTS: Project[] = PHASE === 'shared' ? SHARED : PHASE === 'global' ? globalProjects([]) : [...SHARED, ...globalProjects(['main', 'security'])];

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: PHASE === 'global' ? 'test-results/global' : 'test-results',
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: [['list'], ['html', { open: 'never', outputFolder: PHASE === 'global' ? 'playwright-report-global' : 'playwright-report' }]],
  use: {
    baseURL: `http://127.0.0.1:${PORT}`,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1366, height: 768 },
    launchOptions: { executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS },
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
  },
  projects: PROJECTS,
  webServer: {
    command: 'npx tsx scripts/e2e-server.ts',
    url: `http://127.0.0.1:${PORT}/api/health`,
    timeout: 180_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: { E2E_PORT: String(PORT), NEXT_TELEMETRY_DISABLED: '1' },
  },
});
