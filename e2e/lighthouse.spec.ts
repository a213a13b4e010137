/**
 * Lighthouse's accessibility and best-practices categories at 100 (mobile settings) on the two page types
 * lib/page-types.ts marks for `npm test`, one in each language (an entry in English, the classify page in
 * Chinese), against nginx serving the export. These two categories do not depend on the machine's speed, so
 * they are tests; the other marked pages and the performance score are `npm run bench:lighthouse` (figures in
 * the README). What the audits of the other pages checked is kept by e2e/a11y.spec.ts (axe on every page type,
 * both languages and schemes) and by the fixture of every spec (e2e/support/test.ts: no console error, no CSP
 * violation, no request to another host).
 */
import { pageTypes } from './page-types';
import { baseURL, LANGS } from './site-data';
import { audit, launchChrome } from './support/lighthouse-audit';
import { expect, test } from './support/test';

const CATEGORIES = ['accessibility', 'best-practices'];

let chrome: Awaited<ReturnType<typeof launchChrome>> | undefined;
test.beforeAll(async () => {
  chrome = await launchChrome();
});
test.afterAll(async () => {
  await chrome?.kill();
});

for (const lang of LANGS)
  for (const { name, path, type } of pageTypes(lang).filter((p) => p.type.lighthouse?.test === lang)) {
    test(`Lighthouse accessibility and best practices are 100 on the ${name} page ${path}`, async () => {
      test.setTimeout(90_000);
      expect(type.lighthouse).toBeTruthy();
      const result = await audit(baseURL() + path, chrome!.port, CATEGORIES);
      expect(result.problems, 'audits that did not pass').toEqual([]);
      expect(result.scores).toEqual({ accessibility: 100, 'best-practices': 100 });
    });
  }
