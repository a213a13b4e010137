// ESLint: Next's rules (core web vitals), typescript-eslint's recommended rules, and one import order.
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores([
    'out/**',
    'out-subpath/**',
    '.next/**',
    '.bench/**',
    'test-results/**',
    'playwright-report/**',
    'next-env.d.ts',
    'packages/*/dist/**',
  ]),
  {
    rules: {
      'import/order': [
        'error',
        {
          groups: ['builtin', 'external', 'internal', ['parent', 'sibling', 'index']],
          pathGroups: [{ pattern: '@/**', group: 'internal' }],
          'newlines-between': 'never',
          alphabetize: { order: 'asc', caseInsensitive: true },
        },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
    },
  },
  // Layers, kept by the linter: pure logic (lib/) never reaches up into components, pages, tests or scripts;
  // the classifier is reached only through its face, lib/classify/index.ts (its Node-only bench, capture and
  // fixture readers are for scripts and tests).
  {
    files: ['**/*.{ts,tsx}'],
    rules: {
      'import/no-restricted-paths': [
        'error',
        {
          zones: [
            { target: './lib', from: ['./components', './app', './e2e', './scripts'] },
            { target: './components', from: ['./app', './e2e', './scripts'] },
            {
              target: ['./app', './components', './lib/!(classify)/**', './scripts', './e2e'],
              from: './lib/classify',
              except: ['./index.ts', './bench.ts', './bench-calibration.ts', './capture.ts', './fixture-files.ts'],
              message: 'Reach the classifier through lib/classify/index.ts, its face.',
            },
          ],
        },
      ],
    },
  },
  // Playwright's fixtures take a callback named `use`, which is not React's hook.
  { files: ['e2e/**'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
]);
