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

// Named exports, so a page's JavaScript carries only the builders it calls: import them as
// `import * as routes from '@/lib/routes'` and call `routes.entry(lang, slug)`.
export const home = (lang: L) => at(lang, '/');
export const catalog = (lang: L, id?: string | null) => at(lang, `/errors/${anchor(id)}`);
export const entry = (lang: L, slug: string, reason?: string | null) => at(lang, `/errors/${slug}/${anchor(reason)}`);
export const entryMarkdown = (lang: Lang, slug: string) => at(lang, `/errors/${slug}/index.md`);
export const status = (lang: L, code: number | string) => at(lang, `/status/${code}/`);
export const code = (lang: L, value: number | string) => at(lang, `/codes/${value}/`);
export const search = (lang: L, q?: string) => at(lang, `/search/${q ? `?q=${encodeURIComponent(q)}` : ''}`);
export const classify = (lang: L) => at(lang, '/classify/');
export const guide = (lang: L, id?: string | null) => at(lang, `/guide/gateway-or-backend/${anchor(id)}`);
export const headers = (lang: L, id?: string | null) => at(lang, `/headers/${anchor(id)}`);
export const esb = (lang: L) => at(lang, '/esb/');
/** The resolver: any tool builds it from an error response; every parameter is optional. */
export function resolver(
  lang: L,
  params: Partial<Record<'code' | 'message' | 'code_name' | 'status', string>> = {},
): string {
  const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString();
  return at(lang, `/r/${query ? `?${query}` : ''}`);
}

/** A site path as a browser address: with the sub-path the site was built for. */
export function withBase(path: string): string {
  return BASE_PATH + path;
}
