/**
 * The browser tests' own `test`: Playwright's, extended with the fixtures several specs need, so a spec asks
 * for what it uses instead of wiring it up itself.
 *
 * - `watched`: everything the page does from the test's start: requests, requests to other hosts, failed
 *   requests (a status of 400 or more, or a network failure other than Next aborting a prefetch), console
 *   errors and exceptions, in the page and its workers.
 */
import { test as base, type Page } from '@playwright/test';

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
  const onRequest = (r: import('@playwright/test').Request) => {
    const url = r.url();
    w.requests.push(url);
    if (!/^(data|blob|about):/.test(url) && new URL(url).origin !== origin) w.foreign.push(url);
  };
  const onResponse = (r: import('@playwright/test').Response) => {
    if (r.status() >= 400) w.failed.push(`${r.status()} ${r.url()}`);
  };
  const onFailed = (r: import('@playwright/test').Request) => {
    // Next aborts a prefetch when the reader navigates on; anything else is a failure.
    if (!/ERR_ABORTED/.test(r.failure()?.errorText ?? '')) w.failed.push(`${r.failure()?.errorText} ${r.url()}`);
  };
  const onConsole = (m: import('@playwright/test').ConsoleMessage) => {
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

export const test = base.extend<{ watched: Watched }>({
  watched: async ({ page, baseURL }, use) => {
    const w = watch(page, new URL(baseURL!).origin);
    await use(w);
    w.stop();
  },
});
