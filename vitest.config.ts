// Vitest: `unit` (pure rules, no I/O) and `integration` (real database: SQLite, or PostgreSQL via npm run test:pg).
import path from 'node:path';
import { defineConfig } from 'vitest/config';

const alias = {
  '@': path.resolve(import.meta.dirname),
  // Next.js resolves 'server-only' for server bundles; under Vitest it is a no-op.
  'server-only': path.resolve(import.meta.dirname, 'tests/support/empty.ts'),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      { resolve: { alias }, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'], environment: 'node' } },
      {
        resolve: { alias },
        test: {
          name: 'integration',
          // tests/security: the 等保 level-3 suite (sign-in guessing, sessions, audit chain, backup…) on a real database
          include: ['tests/integration/**/*.test.ts', 'tests/security/**/*.test.ts'],
          environment: 'node',
          globalSetup: ['tests/integration/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          // files share one seeded database and create their own scratch ones; keep the load modest on 2 cores
          maxWorkers: 2,
        },
      },
    ],
  },
});
