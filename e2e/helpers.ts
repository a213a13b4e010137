import { expect, type Locator, type Page } from '@playwright/test';

/**
 * Waits until React has hydrated the element `selector` matches (it then carries React's props), so a click
 * reaches its handler instead of the server-rendered markup.
 */
export async function hydrated(page: Page, selector: string): Promise<Locator> {
  await page.waitForFunction(
    (sel) => {
      const el = document.querySelector(sel);
      return !!el && Object.keys(el).some((k) => k.startsWith('__reactProps$'));
    },
    selector,
    { timeout: 15_000 },
  );
  return page.locator(selector).first();
}

export async function clearClipboard(page: Page) {
  await page.evaluate(() => navigator.clipboard.writeText(''));
}

export async function readClipboard(page: Page): Promise<string> {
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Clicks a copy-link button and returns what landed on the clipboard. */
export async function copyLink(page: Page, selector: string): Promise<string> {
  const button = await hydrated(page, selector);
  await clearClipboard(page);
  await button.click();
  await expect.poll(() => readClipboard(page), { message: `clipboard after clicking ${selector}` }).not.toBe('');
  return readClipboard(page);
}

/** Whether the element is highlighted as the :target (the outline the stylesheet gives it) and where it sits. */
export async function targetFacts(page: Page, id: string) {
  return page.evaluate((targetId) => {
    const el = document.getElementById(targetId);
    if (!el) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    const header = document.querySelector('header.site-header')?.getBoundingClientRect();
    return {
      isTarget: el.matches(':target'),
      outlineStyle: style.outlineStyle,
      outlineWidth: parseFloat(style.outlineWidth),
      top: rect.top,
      bottom: rect.bottom,
      viewportHeight: window.innerHeight,
      headerBottom:
        header && getComputedStyle(document.querySelector('header.site-header')!).position === 'sticky'
          ? header.bottom
          : 0,
      scrollY: window.scrollY,
    };
  }, id);
}
