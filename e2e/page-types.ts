/**
 * One address of each page type, for the gates that must hold on every page (CSP, accessibility, keyboard):
 * the pages of a language, the site's 404 page and a language-neutral redirect.
 */
import { allCodes, allStatuses, sampleSlugs, type Lang } from './site-data';
import * as routes from '../lib/routes';

export const slug = sampleSlugs()[0]!;
export const status = allStatuses.includes(429) ? 429 : allStatuses[0]!;
export const code = allCodes.includes(1640001) ? 1640001 : allCodes[0]!;

/** The page types of one language, by name. */
export function pageTypes(lang: Lang): { name: string; path: string }[] {
  return [
    { name: 'home', path: routes.home(lang) },
    { name: 'errors', path: routes.catalog(lang) },
    { name: 'entry', path: routes.entry(lang, slug) },
    { name: 'status', path: routes.status(lang, status) },
    { name: 'code', path: routes.code(lang, code) },
    { name: 'guide', path: routes.guide(lang) },
    { name: 'headers', path: routes.headers(lang) },
    { name: 'esb', path: routes.esb(lang) },
    { name: 'search', path: routes.search(lang, 'timeout') },
    { name: 'classify', path: routes.classify(lang) },
  ];
}

/** An unknown address: nginx answers with the site's 404 page. */
export const NOT_FOUND = '/no-such-page/';
