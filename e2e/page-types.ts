/**
 * The page types of lib/page-types.ts (the one table) with a sample address each, for the gates that must
 * hold on every page type (CSP, axe in both schemes, the keyboard, the console and the network): the pages
 * of a language, and the ones without a language (the site's 404 page, a language-neutral redirect).
 */
import { allCodes, allStatuses, sampleSlugs, type Lang } from './site-data';
import { NOT_FOUND, PAGE_TYPES, type PageType } from '../lib/page-types';

export { NOT_FOUND };

export const slug = sampleSlugs()[0]!;
export const status = allStatuses.includes(429) ? 429 : allStatuses[0]!;
export const code = allCodes.includes(1640001) ? 1640001 : allCodes[0]!;

export type Sampled = { name: string; path: string; type: PageType };

const sampled = (t: PageType, lang: Lang): Sampled => ({
  name: t.name,
  path: t.sample(lang, { slug, status, code }),
  type: t,
});

/** The page types of one language, by name, each with its sample address. */
export function pageTypes(lang: Lang): Sampled[] {
  return PAGE_TYPES.filter((t) => t.perLanguage).map((t) => sampled(t, lang));
}

/** The page types without a language: the 404 page and a language-neutral redirect. */
export function neutralPageTypes(): Sampled[] {
  return PAGE_TYPES.filter((t) => !t.perLanguage).map((t) => sampled(t, 'zh'));
}
