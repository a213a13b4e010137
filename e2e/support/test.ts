/**
 * The browser tests' own `test`: Playwright's, extended with what every spec needs. Every spec imports
 * `test` and `expect` from here (`import { expect, test } from './support/test'`; ESLint keeps it so).
 *
 * - The guard (automatic, on every test): every page of every browser context the test opens (the default
 *   one and any from `browser.newContext()`) is watched from before its first script, and the test fails on
 *   a Content-Security-Policy violation (a `securitypolicyviolation` event in the page; in a Web Worker,
 *   the console error Chromium logs for it), a console error or an uncaught exception (in the page or its Web
 *   Workers), or a request to another host than the site's. The console error Chromium logs for a page that
 *   answers 404 itself (the 404 page under test) is not a failure, nor the browser's own request for
 *   /favicon.ico. A test that provokes console errors on purpose names them:
 *   `test.use({ allowConsole: [/expected message/] })`; one that checks violations itself: `allowCsp: true`.
 *   e2e/guard.spec.ts shows it catching each kind.
 * - `watched`: everything the page does from the test's start: requests, requests to other hosts, failed
 *   requests (a status of 400 or more, or a network failure other than Next aborting a prefetch), console
 *   errors and exceptions, in the page and its workers; for specs that assert on them.
 */
import {
  test as base,
  type Browser,
  type BrowserContext,
  type ConsoleMessage,
  type Page,
  type Request,
  type Response,
  type TestInfo,
} from '@playwright/test';

export { expect } from '@playwright/test';

export type Watched = {
  requests: string[];
  foreign: string[];
  failed: string[];
  errors: string[];
  /** Stops recording (for a spec that watches one load among several). */
  stop: () => void;
};

/** Starts recording what `page` does on the network and in its console; `origin` is the site's. */
export function watch(page: Page, origin: string): Watched {
  const w: Watched = { requests: [], foreign: [], failed: [], errors: [], stop: () => {} };
  const onRequest = (r: Request) => {
    const url = r.url();
    w.requests.push(url);
    if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== origin) w.foreign.push(url);
  };
  const onResponse = (r: Response) => {
    if (r.status() >= 400) w.failed.push(`${r.status()} ${r.url()}`);
  };
  const onFailed = (r: Request) => {
    // Next aborts a prefetch when the reader navigates on; anything else is a failure.
    if (!/ERR_ABORTED/.test(r.failure()?.errorText ?? '')) w.failed.push(`${r.failure()?.errorText} ${r.url()}`);
  };
  const onConsole = (m: ConsoleMessage) => {
    if (m.type() === 'error') w.errors.push(`console: ${m.text()} (${m.location().url})`);
  };
  const onPageError = (e: Error) => w.errors.push(`pageerror: ${e.message}`);
  page.on('request', onRequest);
  page.on('response', onResponse);
  page.on('requestfailed', onFailed);
  page.on('console', onConsole);
  page.on('pageerror', onPageError);
  w.stop = () => {
    page.off('request', onRequest);
    page.off('response', onResponse);
    page.off('requestfailed', onFailed);
    page.off('console', onConsole);
    page.off('pageerror', onPageError);
  };
  return w;
}

/** What the guard found in one test. */
export type Guarded = { violations: string[]; console: string[]; foreign: string[] };

const BINDING = '__e2eCspViolation';

/** Installs the guard on a browser context: violations, console errors, exceptions and foreign requests. */
/**
 * Installs the guard on a browser context: violations, console errors, exceptions and foreign requests go to
 * `found` (an object whose arrays a caller may empty between tests, as the every-page sweep's shared page does).
 */
const guarded = new WeakSet<BrowserContext>();

export async function guardContext(context: BrowserContext, host: string, found: Guarded, allowConsole: RegExp[] = []) {
  if (guarded.has(context)) return;
  guarded.add(context);
  // Documents that answered 404 themselves: Chromium logs their status as a console error.
  const notFound = new Set<string>();
  await context.exposeBinding(BINDING, ({ page }, text: string) => {
    found.violations.push(`${text} (on ${page?.url()})`);
  });
  await context.addInitScript((name: string) => {
    const report = (globalThis as unknown as Record<string, (t: string) => void>)[name];
    document.addEventListener('securitypolicyviolation', (e) =>
      report?.(
        `${e.effectiveDirective} refused ${e.blockedURI || 'an inline script'} at ${e.sourceFile}:${e.lineNumber}`,
      ),
    );
  }, BINDING);
  const onConsole = (where: string) => (m: ConsoleMessage) => {
    if (m.type() !== 'error') return;
    const text = m.text();
    if (/status of 404/.test(text) && notFound.has(m.location().url)) return;
    // The browser asks for /favicon.ico on its own (for a page that names no icon, such as a JSON file).
    if (/^Failed to load resource/.test(text) && new URL(m.location().url || 'about:blank').pathname === '/favicon.ico')
      return;
    if (allowConsole.some((re) => re.test(text))) return;
    found.console.push(`${where}console: ${text} (${m.location().url})`);
  };
  const onPage = (page: Page) => {
    page.on('console', onConsole(''));
    page.on('pageerror', (e) => {
      if (!allowConsole.some((re) => re.test(e.message)))
        found.console.push(`exception: ${e.message} (on ${page.url()})`);
    });
    page.on('worker', (w) => w.on('console', onConsole('worker ')));
  };
  context.pages().forEach(onPage);
  context.on('page', onPage);
  context.on('response', (r) => {
    if (r.status() === 404 && r.request().isNavigationRequest()) notFound.add(r.url());
  });
  context.on('request', (r) => {
    const url = r.url();
    if (/^(data|blob|about|chrome-extension):/.test(url)) return;
    if (new URL(url).hostname !== host) found.foreign.push(url);
  });
}

type Options = {
  /** Console errors and exceptions the test provokes on purpose, by message. */
  allowConsole: RegExp[];
  /** The test provokes CSP violations on purpose and checks them itself. */
  allowCsp: boolean;
};

async function runGuard(
  { browser, baseURL, allowConsole, allowCsp }: Options & { browser: Browser; baseURL?: string },
  use: (g: Guarded) => Promise<void>,
  testInfo: TestInfo,
) {
  const found: Guarded = { violations: [], console: [], foreign: [] };
  const host = new URL(baseURL ?? process.env.E2E_BASE_URL ?? 'http://127.0.0.1/').hostname;
  hosts.set(found, { host, allowConsole });
  // Contexts the test opens itself are guarded the same way (the test's own `context` below).
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
    const c = await newContext(...args);
    await guardContext(c, host, found, allowConsole);
    return c;
  };
  try {
    await use(found);
  } finally {
    browser.newContext = newContext;
  }
  // A test that failed already is reported for what failed first.
  if (testInfo.status !== testInfo.expectedStatus) return;
  const problems = guardProblems(found, allowCsp);
  if (problems.length) throw new Error(`the guard (e2e/support/test.ts) saw:\n  ${problems.join('\n  ')}`);
}

/** What the guard found, as failures. */
export function guardProblems(found: Guarded, allowCsp = false): string[] {
  return [
    ...(allowCsp ? [] : found.violations.map((v) => `CSP violation: ${v}`)),
    ...found.console,
    ...found.foreign.map((u) => `request to another host: ${u}`),
  ];
}

const hosts = new WeakMap<Guarded, { host: string; allowConsole: RegExp[] }>();

export const test = base.extend<Options & { guard: Guarded; watched: Watched }>({
  allowConsole: [[], { option: true }],
  allowCsp: [false, { option: true }],
  // Automatic, but without a context of its own: a test that opens no page costs no browser context.
  guard: [runGuard, { auto: true }],
  context: async ({ context, guard }, use) => {
    const { host, allowConsole } = hosts.get(guard)!;
    await guardContext(context, host, guard, allowConsole);
    await use(context);
  },
  watched: async ({ page, baseURL }, use) => {
    const w = watch(page, new URL(baseURL!).origin);
    await use(w);
    w.stop();
  },
});
