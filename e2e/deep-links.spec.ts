/**
 * Deep links, as a support engineer and the reader of a ticket use them: arriving at an entry's fragment
 * scrolls to it and highlights it, the copy-link buttons copy the right absolute address, and the language
 * switch keeps the slug and the fragment.
 */
import { copyLink, hydrated, targetFacts } from './helpers';
import { aliases, baseURL, entries, guideAnchors, contractAnchors, LANGS, sampleSlugs, type Lang } from './site-data';
import { expect, test } from './support/test';
import { t } from '../lib/i18n';

const other = (lang: Lang): Lang => (lang === 'zh' ? 'en' : 'zh');
const switchLabel = (lang: Lang) => t(lang).langSwitch;
/** The entry furthest down the catalog page: arriving at it needs a real scroll. */
const lastSlug = entries.at(-1)!.slug;
const slug = sampleSlugs()[0]!;
const anchor = contractAnchors.find((a) => guideAnchors.includes(a)) ?? guideAnchors[0]!;

async function expectHighlighted(page: import('@playwright/test').Page, id: string) {
  const target = page.locator(`[id="${id}"]`);
  await expect(target, `#${id} is scrolled into view`).toBeInViewport();
  await expect
    .poll(() => targetFacts(page, id).then((f) => f?.isTarget), { message: `#${id} is the :target` })
    .toBe(true);
  const facts = (await targetFacts(page, id))!;
  expect(facts.outlineStyle, `#${id} has the :target outline`).not.toBe('none');
  expect(facts.outlineWidth, `#${id} outline width`).toBeGreaterThan(0);
  // Not hidden under the sticky header.
  expect(facts.top, `#${id} starts below the sticky header`).toBeGreaterThanOrEqual(facts.headerBottom - 1);
}

/**
 * Arriving at a fragment: each address in one language, the languages taking turns (the scroll and the :target
 * outline are the same CSS in both; the fragments are the same ids). `lastSlug` arrives with JavaScript in both
 * languages through the language switch below, and without it in both.
 */
const ARRIVALS = [...new Set([...sampleSlugs(), lastSlug])].map((id, i) => ({ id, lang: LANGS[i % 2]! }));
const SECTIONS = (
  [
    ['guide/gateway-or-backend/#access-layer-page', 'access-layer-page'],
    ['errors/app-no-permission/#permission-expired', 'permission-expired'],
    ['errors/invalid-args-other-reasons/#bk-nonce-required', 'bk-nonce-required'],
  ] as const
).map(([address, id], i) => ({ address: `/${LANGS[(i + 1) % 2]!}/${address}`, id, lang: LANGS[(i + 1) % 2]! }));

for (const lang of LANGS) {
  test.describe(`/${lang}/`, () => {
    for (const { id } of ARRIVALS.filter((a) => a.lang === lang)) {
      test(`arriving at /${lang}/errors/#${id} scrolls to the entry and highlights it`, async ({ page }) => {
        await page.goto(`/${lang}/errors/#${id}`);
        await expectHighlighted(page, id);
        // Only that entry: another one is not outlined.
        const otherId = entries.find((e) => e.slug !== id)!.slug;
        expect((await targetFacts(page, otherId))!.outlineStyle).toBe('none');
        // Still there once the page is fully loaded and hydrated (nothing scrolls it away).
        await hydrated(page, `button[data-copy-link="${id}"]`);
        await page.waitForLoadState('load');
        await expectHighlighted(page, id);
      });
    }

    for (const { address, id } of SECTIONS.filter((x) => x.lang === lang)) {
      test(`arriving at ${address} highlights that section below the header`, async ({ page }) => {
        await page.goto(address);
        await expectHighlighted(page, id);
      });
    }

    test(`arriving at /${lang}/errors/#{alias} (a former slug) highlights the entry it became`, async ({ page }) => {
      test.skip(aliases.size === 0, 'no entry has an alias yet');
      for (const [alias, current] of aliases) {
        await page.goto(`/${lang}/errors/#${alias}`);
        await expect(page.locator(`article[id="${current}"]`), `#${alias} shows ${current}`).toBeInViewport();
        const outline = await page
          .locator(`article[id="${current}"]`)
          .evaluate((e) => getComputedStyle(e).outlineStyle);
        expect(outline, `#${alias} highlights the entry ${current}`).not.toBe('none');
      }
    });

    test(`the highlight works without JavaScript too (/${lang}/errors/#${lastSlug})`, async ({ browser }) => {
      const context = await browser.newContext({ javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`/${lang}/errors/#${lastSlug}`);
      await expectHighlighted(page, lastSlug);
      await context.close();
    });

    test(`the copy-link button of an entry page copies its absolute address (/${lang}/errors/${slug}/)`, async ({
      page,
    }) => {
      // Arriving with a query and a fragment: the copied address is the entry's own, clean.
      await page.goto(`/${lang}/errors/${slug}/?utm_source=ticket#fix`);
      const url = await copyLink(page, 'article button[data-copy-link=""]');
      expect(url).toBe(`${baseURL()}/${lang}/errors/${slug}/`);
      await expect(page.locator('article button[data-copy-link=""]')).toContainText(t(lang).copied);
    });

    test(`the copy-link button of a heading copies the address of its anchor (/${lang}/errors/${slug}/#cause)`, async ({
      page,
    }) => {
      await page.goto(`/${lang}/errors/${slug}/`);
      expect(await copyLink(page, 'button[data-copy-link="cause"]')).toBe(`${baseURL()}/${lang}/errors/${slug}/#cause`);
      expect(await copyLink(page, 'button[data-copy-link="example"]')).toBe(
        `${baseURL()}/${lang}/errors/${slug}/#example`,
      );
    });

    test(`the copy-link buttons of the catalog page and the guide copy the address of their anchor (${lang})`, async ({
      page,
    }) => {
      await page.goto(`/${lang}/errors/`);
      expect(await copyLink(page, `article[id="${lastSlug}"] button[data-copy-link="${lastSlug}"]`)).toBe(
        `${baseURL()}/${lang}/errors/#${lastSlug}`,
      );
      const status = entries.at(-1)!.status;
      expect(await copyLink(page, `button[data-copy-link="status-${status}"]`)).toBe(
        `${baseURL()}/${lang}/errors/#status-${status}`,
      );
      await page.goto(`/${lang}/guide/gateway-or-backend/`);
      expect(await copyLink(page, `button[data-copy-link="${anchor}"]`)).toBe(
        `${baseURL()}/${lang}/guide/gateway-or-backend/#${anchor}`,
      );
    });

    test(`the language switch keeps the slug and the fragment (from ${lang})`, async ({ page }) => {
      const to = other(lang);
      const cases = [
        [`/${lang}/errors/#${lastSlug}`, `/${to}/errors/#${lastSlug}`],
        [`/${lang}/errors/${slug}/#cause`, `/${to}/errors/${slug}/#cause`],
        [`/${lang}/guide/gateway-or-backend/#${anchor}`, `/${to}/guide/gateway-or-backend/#${anchor}`],
        [`/${lang}/search/?q=timeout`, `/${to}/search/?q=timeout`],
      ] as const;
      for (const [from, want] of cases) {
        await page.goto(from);
        const link = await hydrated(page, `a[aria-label="${switchLabel(lang)}"]`);
        await link.click();
        await page.waitForURL(`${baseURL()}${want}`);
        await expect(page.locator('html')).toHaveAttribute('lang', to === 'zh' ? /^zh/ : /^en/);
        const hash = want.split('#')[1];
        if (hash) await expect(page.locator(`[id="${hash}"]`), `${want} shows #${hash}`).toBeInViewport();
      }
      // The entry a ticket pointed at is highlighted in the other language too.
      await page.goto(`/${lang}/errors/#${lastSlug}`);
      await (await hydrated(page, `a[aria-label="${switchLabel(lang)}"]`)).click();
      await page.waitForURL(`${baseURL()}/${to}/errors/#${lastSlug}`);
      await expectHighlighted(page, lastSlug);
    });
  });
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 800 } });
  test(`a linked entry and a linked heading are not covered by the header (/zh/errors/#${lastSlug}, the guide's #${anchor})`, async ({
    page,
  }) => {
    for (const [path, id] of [
      [`/zh/errors/#${lastSlug}`, lastSlug],
      [`/en/guide/gateway-or-backend/#${anchor}`, anchor],
    ] as const) {
      await page.goto(path);
      await expect(page.locator(`[id="${id}"]`), `${path} scrolls to #${id}`).toBeInViewport();
      // Whatever the header does at this width, it does not lie over the target's top edge.
      const cover = await page.evaluate((target) => {
        const top = document.getElementById(target)!.getBoundingClientRect().top;
        const header = document.querySelector('header.site-header')!.getBoundingClientRect();
        return { top, headerBottom: header.bottom };
      }, id);
      expect(
        cover.top,
        `${path}: the target's top edge is below the header's bottom (${cover.headerBottom})`,
      ).toBeGreaterThanOrEqual(Math.max(0, cover.headerBottom - 1));
    }
  });
});
