/**
 * Lighthouse's accessibility and best-practices categories at 100 on the home, an entry, the search and the
 * classify page, in both languages (mobile settings), against nginx serving the export. These two do not
 * depend on the machine's speed, so they are tests; the performance score is a benchmark
 * (`npm run bench:lighthouse`, figures in the README).
 */
import { expect, test } from '@playwright/test';
import { audit, launchChrome } from './lighthouse-audit';
import { slug } from './page-types';
import { baseURL, LANGS } from './site-data';

const CATEGORIES = ['accessibility', 'best-practices'];

let chrome: Awaited<ReturnType<typeof launchChrome>> | undefined;
test.beforeAll(async () => {
  chrome = await launchChrome();
});
test.afterAll(async () => {
  await chrome?.kill();
});

for (const lang of LANGS) {
  for (const path of [`/${lang}/`, `/${lang}/errors/${slug}/`, `/${lang}/search/?q=429`, `/${lang}/classify/`]) {
    test(`Lighthouse accessibility and best practices are 100 on ${path}`, async () => {
      test.setTimeout(90_000);
      const result = await audit(baseURL() + path, chrome!.port, CATEGORIES);
      expect(result.problems, 'audits that did not pass').toEqual([]);
      expect(result.scores).toEqual({ accessibility: 100, 'best-practices': 100 });
    });
  }
}
