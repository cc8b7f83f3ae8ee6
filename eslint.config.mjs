// ESLint flat config: Next's rules (core web vitals, React, hooks, jsx-a11y, import) with typescript-eslint.
// Formatting is Prettier's job (npm run format); this only catches mistakes.
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

const config = [
  ...nextVitals,
  ...nextTs,
  {
    ignores: [
      'node_modules/**',
      '.next/**',
      'lib/generated/**',
      'prisma/generated/**',
      'test-results/**',
      'playwright-report/**',
      'playwright-report-global/**',
      'tests/artifacts/**',
      'next-env.d.ts',
    ],
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
    },
  },
  {
    // Imports run downward: route folders (app/) hold pages; actions, reads and rules live in lib/ (tests/unit/layering.test.ts).
    files: ['components/**', 'lib/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['@/app/*', '**/app/*'], message: 'components/ and lib/ never import from app/: move the code to lib/<domain>/.' }] },
      ],
    },
  },
];

export default config;
