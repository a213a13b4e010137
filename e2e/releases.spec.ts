/**
 * The catalog page names the release of the gateway it was checked against, from the reference's provenance.
 * (Every entry's release notes, their code shown as code: in the every-page sweep, e2e/every-page.spec.ts.)
 */
import { LANGS } from './site-data';
import { expect, test } from './support/test';
import { checkedAgainst } from '../lib/catalog/reference';

for (const lang of LANGS) {
  test(`${lang}: the catalog names the release it was checked against`, async ({ page }) => {
    const { release, commit } = checkedAgainst();
    await page.goto(`/${lang}/errors/`);
    const note = page.locator('[data-checked-against]');
    await expect(note).toContainText(`release/${release}`);
    await expect(note).toContainText(commit);
  });
}
