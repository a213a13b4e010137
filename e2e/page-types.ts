/**
 * One address of each page type, for the gates that must hold on every page (CSP, accessibility, keyboard):
 * the pages of a language, the site's 404 page and a language-neutral redirect.
 */
import { allCodes, allStatuses, sampleSlugs, type Lang } from './site-data';

export const slug = sampleSlugs()[0]!;
export const status = allStatuses.includes(429) ? 429 : allStatuses[0]!;
export const code = allCodes.includes(1640001) ? 1640001 : allCodes[0]!;

/** The page types of one language, by name. */
export function pageTypes(lang: Lang): { name: string; path: string }[] {
  return [
    { name: 'home', path: `/${lang}/` },
    { name: 'errors', path: `/${lang}/errors/` },
    { name: 'entry', path: `/${lang}/errors/${slug}/` },
    { name: 'status', path: `/${lang}/status/${status}/` },
    { name: 'code', path: `/${lang}/codes/${code}/` },
    { name: 'guide', path: `/${lang}/guide/gateway-or-backend/` },
    { name: 'headers', path: `/${lang}/headers/` },
    { name: 'esb', path: `/${lang}/esb/` },
    { name: 'search', path: `/${lang}/search/?q=timeout` },
    { name: 'classify', path: `/${lang}/classify/` },
  ];
}

/** An unknown address: nginx answers with the site's 404 page. */
export const NOT_FOUND = '/no-such-page/';
