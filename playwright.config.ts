import { defineConfig } from '@playwright/test';

/**
 * Browser tests against the static exports served by Debian's nginx with deploy/nginx.conf (started by
 * e2e/global-setup.ts on a free loopback port), driven with Debian's Chromium: Playwright downloads no browser
 * here (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1; never `npx playwright install`). Build first: scripts/test.sh
 * builds out-subpath/ (BASE_PATH=/docs/apigw-errors) and out/, then runs `npx playwright test`.
 */
export default defineConfig({
  testDir: 'e2e',
  // Specs only: e2e/support/*.test.ts are the support code's unit tests (vitest).
  testMatch: '**/*.spec.ts',
  globalSetup: './e2e/global-setup.ts',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 5_000 },
  // The reporter comes from the command line (scripts/test.sh: --reporter=list,json); this is the default.
  reporter: 'list',
  use: {
    browserName: 'chromium',
    viewport: { width: 1280, height: 800 },
    // Set by the global setup before the workers start; the tests read it through e2e/site-data.ts (baseURL).
    baseURL: process.env.E2E_BASE_URL,
    locale: 'zh-CN',
    permissions: ['clipboard-read', 'clipboard-write'],
    // The site's service worker precaches 1.7 MB on a first visit: only e2e/offline.spec.ts, which tests it, allows it.
    serviceWorkers: 'block',
    // Each worker keeps its browser context and page from test to test, reset by Playwright in between (every
    // visited origin's storage, IndexedDB, sessionStorage and service workers; cookies, cache, routes, init scripts,
    // bindings, emulation, viewport, clock; other pages closed, the page at about:blank). A test whose options differ
    // (test.use) gets a context of its own, and a failed test's worker is replaced. A new tab and context per test
    // cost a third of the browser step (classify.spec: 123 s -> 80 s). e2e/guard.spec.ts checks the reset and the
    // guard on a reused context.
    reuseContext: true,
    // No trace: recording one for every test (to keep it on failure) cost 16 % of the browser step, measured
    // twice (classify.spec 147 s -> 123 s, every-page.spec 116 s -> 98 s). To debug a failure, run the spec again
    // with `--trace retain-on-failure`.
    trace: 'off',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
        '--disable-quic',
      ],
    },
  },
  projects: [{ name: 'chromium' }],
});
