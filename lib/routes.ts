/**
 * Every address of the site, as a path within it (no sub-path: Next adds BASE_PATH to <Link>, plain URLs
 * add it with `withBase`). The shapes are the public contract (../shared/contract/urls.md).
 */
import type { Lang } from './i18n/lang';
import { BASE_PATH } from './site';

const anchor = (id?: string | null) => (id ? `#${id}` : '');
/** `lang` null: the language-neutral address, which redirects to the reader's language. */
const at = (lang: Lang | null, rest: string) => `${lang ? `/${lang}` : ''}${rest}`;
type L = Lang | null;

export const routes = {
  home: (lang: L) => at(lang, '/'),
  catalog: (lang: L, id?: string | null) => at(lang, `/errors/${anchor(id)}`),
  entry: (lang: L, slug: string, reason?: string | null) => at(lang, `/errors/${slug}/${anchor(reason)}`),
  entryMarkdown: (lang: Lang, slug: string) => at(lang, `/errors/${slug}/index.md`),
  status: (lang: L, status: number | string) => at(lang, `/status/${status}/`),
  code: (lang: L, code: number | string) => at(lang, `/codes/${code}/`),
  search: (lang: L, q?: string) => at(lang, `/search/${q ? `?q=${encodeURIComponent(q)}` : ''}`),
  classify: (lang: L) => at(lang, '/classify/'),
  guide: (lang: L, id?: string | null) => at(lang, `/guide/gateway-or-backend/${anchor(id)}`),
  headers: (lang: L, id?: string | null) => at(lang, `/headers/${anchor(id)}`),
  esb: (lang: L) => at(lang, '/esb/'),
  /** The resolver: any tool builds it from an error response; every parameter is optional. */
  resolver: (lang: L, params: Partial<Record<'code' | 'message' | 'code_name' | 'status', string>> = {}) => {
    const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString();
    return at(lang, `/r/${query ? `?${query}` : ''}`);
  },
} as const;

/** A site path as a browser address: with the sub-path the site was built for. */
export function withBase(path: string): string {
  return BASE_PATH + path;
}

/** The language an address is in, from its first segment after the sub-path; null for a neutral one. */
export function langOfPath(pathname: string, base = BASE_PATH): Lang | null {
  const rest = base && pathname.startsWith(base) ? pathname.slice(base.length) : pathname;
  const m = /^\/(zh|en)(?:\/|$)/.exec(rest);
  return m ? (m[1] as Lang) : null;
}

function pairsOf(s: string): string[] {
  return Array.from({ length: Math.max(0, s.length - 1) }, (_, i) => s.slice(i, i + 2));
}

/**
 * The slug an unknown entry address most likely meant (an old or mistyped slug), by the letter pairs it
 * shares with each slug (Dice's coefficient); null where none shares enough, or the address is not an entry's.
 */
export function nearestSlug(pathname: string, slugs: readonly string[]): string | null {
  const m = /\/errors\/([^/?#]+)\/?$/.exec(pathname);
  if (!m) return null;
  const asked = decodeURIComponent(m[1]!).toLowerCase();
  const a = pairsOf(asked);
  let best: { slug: string; score: number } | null = null;
  for (const slug of slugs) {
    const b = pairsOf(slug);
    const rest = [...b];
    let shared = 0;
    for (const p of a) {
      const k = rest.indexOf(p);
      if (k >= 0) {
        shared++;
        rest.splice(k, 1);
      }
    }
    const score = (2 * shared) / (a.length + b.length || 1);
    if (!best || score > best.score) best = { slug, score };
  }
  return best && best.score >= 0.5 ? best.slug : null;
}
