/**
 * What an entry says about the gateway's releases, as a reader sees it: every release note shows its code as
 * code (no raw backticks on the page), and the catalog page names the release it was checked against, from
 * the reference's provenance.
 */
import path from 'node:path';
import { LANGS, REPO } from './site-data';
import { expect, test } from './support/test';
import { inlineCode } from '../lib/catalog/inline-code';
import { readCatalog } from '../lib/catalog/load';
import { checkedAgainst } from '../lib/catalog/reference';

const catalog = readCatalog(path.resolve(process.env.CONTENT_DIR ?? path.join(REPO, 'content')));
const withNotes = catalog.entries.filter((e) => e.meta.releases.length > 0);

for (const lang of LANGS) {
  test(`${lang}: release notes show their code as code`, async ({ page }) => {
    expect(withNotes.length).toBeGreaterThan(10);
    for (const entry of withNotes) {
      await page.goto(`/${lang}/errors/${entry.slug}/`);
      const section = page.locator('section:has(#releases)');
      await expect(section.locator('dd'), entry.slug).toHaveCount(entry.meta.releases.length);
      expect(await section.innerText(), entry.slug).not.toContain('`');
      const shown = await section.locator('dd code').allInnerTexts();
      const written = entry.meta.releases.flatMap((r) =>
        inlineCode(r[lang])
          .filter((p) => p.code)
          .map((p) => p.text),
      );
      expect(shown, entry.slug).toEqual(written);
    }
  });

  test(`${lang}: the catalog names the release it was checked against`, async ({ page }) => {
    const { release, commit } = checkedAgainst();
    await page.goto(`/${lang}/errors/`);
    const note = page.locator('[data-checked-against]');
    await expect(note).toContainText(`release/${release}`);
    await expect(note).toContainText(commit);
  });
}
