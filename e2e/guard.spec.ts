/**
 * The guard every test runs under (e2e/support/test.ts) sees what it must: a CSP violation, a console error,
 * an uncaught exception and a request to another host, each provoked here on a page of the site, in the
 * test's own page and in a context the test opens itself. What it saw is then cleared, so that this test
 * passes where any other would fail. (No request leaves the machine: "another host" is the same nginx called
 * by another name, localhost instead of 127.0.0.1.)
 */
import type { Page } from '@playwright/test';
import { baseURL } from './site-data';
import { expect, test, type Guarded } from './support/test';

async function provoke(page: Page) {
  await page.goto('/en/');
  await page.evaluate(() => {
    // An inline script the policy has no hash for: refused, a violation.
    const s = document.createElement('script');
    s.textContent = 'window.__ran = 1';
    document.head.append(s);
    console.error('provoked by e2e/guard.spec.ts');
    setTimeout(() => {
      throw new Error('provoked exception');
    });
  });
  await page.waitForTimeout(100);
  const site = new URL(baseURL());
  const otherHost = `${site.protocol}//localhost:${site.port}/en/`;
  await page.goto(otherHost);
  // The other host's page goes on fetching (its icon, late): leave it, so nothing arrives after the check.
  await page.waitForLoadState('networkidle');
  await page.goto('about:blank');
  return otherHost;
}

function expectSeen(guard: Guarded, otherHost: string) {
  expect(guard.violations.join('\n')).toMatch(/script-src/);
  expect(guard.console.join('\n')).toMatch(/provoked by e2e\/guard\.spec\.ts/);
  expect(guard.console.join('\n')).toMatch(/provoked exception/);
  expect(guard.foreign).toContain(otherHost);
  for (const list of Object.values(guard)) list.length = 0;
}

test("the guard sees a violation, a console error, an exception and another host, in the test's page", async ({
  page,
  guard,
}) => {
  await page.goto('/en/');
  expect(guard, 'a page of the site, as it is').toEqual({ violations: [], console: [], foreign: [] });
  expectSeen(guard, await provoke(page));
});

test('and in a context the test opens itself', async ({ browser, guard }) => {
  const context = await browser.newContext({ baseURL: baseURL() });
  const otherHost = await provoke(await context.newPage());
  await context.close();
  expectSeen(guard, otherHost);
});

// The suite reuses each worker's browser context from test to test (playwright.config.ts, `reuseContext`), reset by
// Playwright in between: the guard must see everything on a context a test before it used, and that test's own
// storage must be gone.
test.describe('on the context the test before used', () => {
  test.describe.configure({ mode: 'serial' });

  test('a test leaves a page, storage and a console error it allowed', async ({ page, guard }) => {
    await page.goto('/en/');
    await page.evaluate(() => {
      sessionStorage.setItem('left-by', 'the test before');
      localStorage.setItem('left-by', 'the test before');
      console.error('left by the test before');
    });
    await expect.poll(() => guard.console.join('\n')).toMatch(/left by the test before/);
    for (const list of Object.values(guard)) list.length = 0;
  });

  test('the next one starts clean, and the guard sees what it provokes', async ({ page, guard }) => {
    expect(page.url()).toBe('about:blank');
    // The same tab as the test before (a new one's history holds only about:blank): the context was reused.
    expect(await page.evaluate(() => history.length)).toBeGreaterThan(1);
    await page.goto('/en/');
    expect(await page.evaluate(() => [sessionStorage.length, localStorage.length])).toEqual([0, 0]);
    expect(guard, 'nothing of the test before').toEqual({ violations: [], console: [], foreign: [] });
    expectSeen(guard, await provoke(page));
  });
});
