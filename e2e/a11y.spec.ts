/**
 * Accessibility of every page type of lib/page-types.ts (the resolver among them), in both languages and both
 * colour schemes: axe (WCAG 2.0 A and AA, 2.1 A and AA) finds no violation, also with the search palette open.
 * This is where axe runs on each template: once per page type and language with every rule in the light
 * scheme, then with the colour rules in the dark one; the every-page sweep checks every page's width and what
 * its own content can break. And the keyboard: every control of a page is reached with Tab, shows a visible
 * focus indicator when it is, and the header's controls work with Enter.
 */
import AxeBuilder from '@axe-core/playwright';
import { type Page } from '@playwright/test';
import { hydrated } from './helpers';
import { neutralPageTypes, NOT_FOUND, pageTypes, slug } from './page-types';
import { LANGS } from './site-data';
import { expect, test } from './support/test';

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function violations(page: Page, rules?: string[]): Promise<string[]> {
  const axe = new AxeBuilder({ page }).options({ resultTypes: ['violations'] });
  const { violations } = await (rules ? axe.withRules(rules) : axe.withTags(TAGS)).analyze();
  return violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .slice(0, 5)
        .map((n) => n.target.join(' '))
        .join(', ')}${v.nodes.length > 5 ? ` and ${v.nodes.length - 5} more` : ''}`,
  );
}

/**
 * Waits until the page has hydrated (its header controls answer) and done what it does on load (`ready`, from
 * lib/page-types.ts): axe sees what a reader gets, and the guard of every test (e2e/support/test.ts) every
 * request and console message of the load (the test goes on for axe's run after it). Not `networkidle`: half a
 * second of quiet waited out on each of the 51 loads, when what the page does on load has a state to wait for.
 */
async function settle(page: Page, ready?: string) {
  if (await page.locator('[data-search-box]').count()) await hydrated(page, '[data-search-box]');
  if (ready) await expect(page.locator(ready).first()).toBeVisible();
}

/** The rules whose outcome depends on the colours, the one thing the dark scheme changes. */
const COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

/**
 * axe in the light scheme with every rule, then in the dark one with the colour rules (the page switches with
 * the system's preference, live; its structure, names and roles are the same in both).
 */
async function bothSchemes(page: Page) {
  await page.emulateMedia({ colorScheme: 'light' });
  expect.soft(await violations(page), 'light scheme').toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => Promise.all(document.getAnimations().map((a) => a.finished)));
  expect.soft(await violations(page, COLOUR_RULES), 'dark scheme').toEqual([]);
}

// Once per page type (and the search palette open), in each language, in both schemes.
for (const lang of LANGS) {
  test.describe(`axe on /${lang}/, light and dark`, () => {
    for (const { name, path, type } of pageTypes(lang)) {
      test(`${name} ${path}`, async ({ page }) => {
        await page.goto(path);
        await settle(page, type.ready);
        await bothSchemes(page);
      });
    }
    test(`the search palette open on /${lang}/errors/${slug}/`, async ({ page }) => {
      await page.goto(`/${lang}/errors/${slug}/`);
      await settle(page);
      await page.keyboard.press('/');
      await expect(page.locator('dialog.search-palette [role="listbox"]')).toHaveAttribute('data-ready', '', {
        timeout: 15_000,
      });
      await page.keyboard.type('429');
      await expect(page.locator('dialog.search-palette [role="option"]').first()).toBeVisible();
      await bothSchemes(page);
    });
  });
}

test('axe, light and dark: the 404 page', async ({ page }) => {
  await page.goto(NOT_FOUND);
  await settle(page);
  await bothSchemes(page);
});

/**
 * Tabs through the whole page once. Returns the controls never reached, and the reached ones that showed no
 * focus indicator (no outline and no box-shadow ring in their computed style while focused). A focusin
 * listener records each stop in the page, so the key presses need no round trip each.
 */
async function tabThrough(page: Page) {
  const total = await page.evaluate(() => {
    const selector =
      'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
    const controls = [...document.querySelectorAll<HTMLElement>(selector)].filter(
      (el) => el.checkVisibility() && !el.closest('[inert]'),
    );
    controls.forEach((el, i) => el.setAttribute('data-kbd', String(i)));
    const w = window as unknown as { __stops: { kbd: string | null; visible: boolean; what: string }[] };
    w.__stops = [];
    document.addEventListener('focusin', (e) => {
      const el = e.target as HTMLElement;
      const s = getComputedStyle(el);
      const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0;
      const ring = s.boxShadow !== 'none';
      w.__stops.push({
        kbd: el.getAttribute('data-kbd'),
        visible: outline || ring,
        what: `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
      });
    });
    return controls.length;
  });
  // One more round than there are controls: the order wraps back to the start. The presses go down one DevTools
  // session without waiting for each (it handles them in order, as a reader's keyboard would), not a round trip each.
  const cdp = await page.context().newCDPSession(page);
  const tab = { key: 'Tab', code: 'Tab', windowsVirtualKeyCode: 9 };
  await Promise.all(
    Array.from({ length: total + 10 }, () => [
      cdp.send('Input.dispatchKeyEvent', { type: 'rawKeyDown', ...tab }),
      cdp.send('Input.dispatchKeyEvent', { type: 'keyUp', ...tab }),
    ]).flat(),
  );
  await cdp.detach();
  return page.evaluate((count) => {
    const stops = (window as unknown as { __stops: { kbd: string | null; visible: boolean; what: string }[] }).__stops;
    const reached = new Set(
      stops
        .map((x) => x.kbd)
        .filter((k) => k !== null)
        .map(Number),
    );
    const missed = [...document.querySelectorAll<HTMLElement>('[data-kbd]')]
      .filter((el) => !reached.has(Number(el.getAttribute('data-kbd'))))
      .map(
        (el) =>
          `${el.tagName.toLowerCase()} "${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 40)}"`,
      );
    return { total: count, missed, unstyled: [...new Set(stops.filter((x) => !x.visible).map((x) => x.what))] };
  }, total);
}

test.describe('keyboard', () => {
  for (const { name, path, type } of [
    ...pageTypes('en'),
    ...neutralPageTypes().filter((t) => t.name === 'not-found'),
  ]) {
    test(`${name} ${path}: every control is reached with Tab and shows focus`, async ({ page }) => {
      test.setTimeout(120_000);
      await page.goto(path);
      await settle(page, type.ready);
      const { total, missed, unstyled } = await tabThrough(page);
      expect(total).toBeGreaterThan(0);
      expect.soft(missed, 'controls Tab never reaches').toEqual([]);
      expect.soft(unstyled, 'focused elements without a visible focus indicator').toEqual([]);
    });
  }

  test('the skip link, the theme toggle and the language switch work from the keyboard', async ({ page }) => {
    await page.goto(`/en/errors/${slug}/`);
    await settle(page);
    await hydrated(page, 'header button[aria-label]');
    // The first Tab stop is the skip link, shown when focused; Enter moves to the main content.
    await page.keyboard.press('Tab');
    const skip = page.locator('a[href="#main"]');
    await expect(skip).toBeFocused();
    await expect(skip).toBeInViewport();
    await page.keyboard.press('Enter');
    await expect(page).toHaveURL(/#main$/);
    // The theme toggle flips the theme on Enter.
    const toggle = page.locator('header button[aria-label]').last();
    await toggle.focus();
    const before = await page.evaluate(() => document.documentElement.dataset.theme ?? '');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.documentElement.dataset.theme)).not.toBe(before);
    // The language switch follows on Enter.
    await page.locator('header a[hreflang="zh"]').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(`**/zh/errors/${slug}/**`);
  });
});
