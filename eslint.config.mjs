// ESLint: Next's rules (core web vitals), typescript-eslint's recommended rules, one import order, and the layers.
import path from 'node:path';
import { defineConfig, globalIgnores } from 'eslint/config';
import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/**
 * A client island (a file that starts with 'use client') never imports the catalog's loader: it reads the
 * content folder with Node's fs at build time and would drag the whole catalog into the browser. Types are
 * fine (they vanish). The transitive case, a client island importing a module that imports the loader, is
 * lib/owners.test.ts's.
 */
const noLoaderInClient = {
  meta: { type: 'problem', messages: { loader: "A client island must not import the catalog's loader ({{source}})." } },
  create(context) {
    const program = context.sourceCode.ast;
    const first = program.body[0];
    if (!(first?.type === 'ExpressionStatement' && first.directive === 'use client')) return {};
    const isLoader = (source) => {
      if (typeof source !== 'string') return false;
      const resolved = source.startsWith('@/')
        ? path.resolve(import.meta.dirname, source.slice(2))
        : source.startsWith('.')
          ? path.resolve(path.dirname(context.filename), source)
          : null;
      return resolved === path.resolve(import.meta.dirname, 'lib/catalog/load');
    };
    const check = (node, source, typeOnly) => {
      if (!typeOnly && isLoader(source)) context.report({ node, messageId: 'loader', data: { source } });
    };
    return {
      ImportDeclaration: (n) =>
        check(
          n,
          n.source.value,
          n.importKind === 'type' || (n.specifiers.every((x) => x.importKind === 'type') && n.specifiers.length > 0),
        ),
      ExportNamedDeclaration: (n) => n.source && check(n, n.source.value, n.exportKind === 'type'),
      ExportAllDeclaration: (n) => check(n, n.source.value, n.exportKind === 'type'),
      ImportExpression: (n) => n.source.type === 'Literal' && check(n, n.source.value, false),
    };
  },
};

/** The import zones; `tests`: for unit tests, which may use the classifier's Node-only helpers. */
const TEST_HELPERS = ['./bench.ts', './bench-calibration.ts', './capture.ts', './fixture-files.ts'];
const zones = (tests) => [
  { target: './lib', from: ['./components', './app', './e2e', './scripts'] },
  {
    target: './lib/i18n',
    from: './lib',
    except: ['./i18n'],
    message: 'The strings are the bottom layer: lib/i18n imports no logic.',
  },
  // What leaves the page is below the classify page's model, which uses it (its unit tests may use both).
  ...(tests
    ? []
    : [{ target: './lib/share', from: './lib/classify-page', message: 'lib/share is below lib/classify-page.' }]),
  { target: './components', from: ['./app', './e2e', './scripts'] },
  {
    target: ['./app', './components', './lib/!(classify)/**'],
    from: './lib/classify',
    except: ['./index.ts', ...(tests ? TEST_HELPERS : [])],
    message: 'Reach the classifier through lib/classify/index.ts, its face.',
  },
  {
    target: ['./scripts', './e2e'],
    from: './lib/classify',
    except: ['./index.ts', ...TEST_HELPERS],
    message:
      'Reach the classifier through lib/classify/index.ts (scripts and tests: also its bench, capture and fixture readers).',
  },
  {
    target: './e2e',
    from: './scripts',
    message: 'Code a spec shares with a script lives in e2e/support/, which both import.',
  },
  {
    target: './scripts',
    from: './e2e',
    except: ['./support'],
    message: 'Scripts import test support from e2e/support/ only, never a spec.',
  },
  {
    target: './e2e/support',
    from: './e2e',
    except: ['./support'],
    message: 'e2e/support/ is below the specs: it imports none of them.',
  },
];

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
  // fixture readers are for scripts and browser tests alone); test support shared with scripts lives in
  // e2e/support/, which imports no spec, and no spec imports a script; client islands never import the loader.
  {
    files: ['**/*.{ts,tsx}'],
    plugins: { layers: { rules: { 'no-loader-in-client': noLoaderInClient } } },
    rules: {
      'layers/no-loader-in-client': 'error',
      'import/no-restricted-paths': ['error', { zones: zones(false) }],
    },
  },
  // Unit tests beside the code, and the benchmarks `npm run bench` runs, may use the classifier's Node-only helpers too.
  {
    files: ['lib/**/*.test.ts', 'lib/**/bench.ts'],
    rules: { 'import/no-restricted-paths': ['error', { zones: zones(true) }] },
  },
  // One link: SiteLink (components/ui.tsx) decides prefetching and the sub-path for every internal link.
  {
    files: ['app/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}', 'lib/**/*.{ts,tsx}'],
    ignores: ['components/ui.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'next/link', message: 'Use SiteLink from components/ui.tsx (one link, one prefetch rule).' }],
        },
      ],
    },
  },
  // Every spec takes `test` and `expect` from the one fixture, whose guard fails a test on a CSP violation,
  // a console error or a request to another host.
  {
    files: ['e2e/**/*.spec.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: '@playwright/test',
              importNames: ['test', 'expect'],
              message: "Import test and expect from './support/test' (the guard of every test).",
            },
          ],
        },
      ],
    },
  },
  // Playwright's fixtures take a callback named `use`, which is not React's hook.
  { files: ['e2e/**'], rules: { 'react-hooks/rules-of-hooks': 'off' } },
  // The BlueKing server (deploy/bkpaas/*.cjs): CommonJS with require(), for old Node; Next's import plugin does
  // not cover .cjs files, so the import order is its own.
  {
    files: ['**/*.cjs'],
    plugins: { import: nextVitals.find((c) => c.plugins?.import)?.plugins.import },
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        __dirname: 'readonly',
        process: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
      },
    },
    rules: {
      '@typescript-eslint/no-require-imports': 'off',
      // ES2017 has no `catch {}`: a caught error may go unused.
      '@typescript-eslint/no-unused-vars': ['error', { caughtErrors: 'none' }],
    },
  },
]);
