import type { Lang } from './i18n/lang';

/** The sub-path the site is built for ('' at the root); Next adds it to <Link>, plain URLs need it by hand. */
export const BASE_PATH = process.env.NEXT_PUBLIC_BASE_PATH ?? '';

/** A page's path within the site for a language: localPath('en', '/errors/x/') -> '/en/errors/x/'. */
export function localPath(lang: Lang, path: string): string {
  return `/${lang}${path.startsWith('/') ? path : `/${path}`}`;
}

/** The same page in the other language: swaps the leading language segment. */
export function switchLang(pathname: string, to: Lang): string {
  return pathname.replace(/^\/(zh|en)(?=\/|$)/, `/${to}`);
}

/** The language a reader prefers, from navigator.languages: the first zh* or en*, else zh. */
export function preferredLang(languages: readonly string[]): Lang {
  for (const l of languages) {
    if (/^zh\b/i.test(l)) return 'zh';
    if (/^en\b/i.test(l)) return 'en';
  }
  return 'zh';
}
