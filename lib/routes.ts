/**
 * Every address of the site, as a path within it (no sub-path: Next adds BASE_PATH to <Link>, plain URLs
 * add it with `withBase`). The shapes are the public contract (../shared/contract/urls.md).
 */
import type { Lang } from './catalog/schema';
import { BASE_PATH } from './site';

const anchor = (id?: string | null) => (id ? `#${id}` : '');

export const routes = {
  home: (lang: Lang) => `/${lang}/`,
  catalog: (lang: Lang, id?: string | null) => `/${lang}/errors/${anchor(id)}`,
  entry: (lang: Lang, slug: string, reason?: string | null) => `/${lang}/errors/${slug}/${anchor(reason)}`,
  entryMarkdown: (lang: Lang, slug: string) => `/${lang}/errors/${slug}/index.md`,
  status: (lang: Lang, status: number | string) => `/${lang}/status/${status}/`,
  code: (lang: Lang, code: number | string) => `/${lang}/codes/${code}/`,
  search: (lang: Lang, q?: string) => `/${lang}/search/${q ? `?q=${encodeURIComponent(q)}` : ''}`,
  classify: (lang: Lang) => `/${lang}/classify/`,
  guide: (lang: Lang, id?: string | null) => `/${lang}/guide/gateway-or-backend/${anchor(id)}`,
  /** The resolver: any tool builds it from an error response; every parameter is optional. */
  resolver: (lang: Lang | null, params: Partial<Record<'code' | 'message' | 'code_name' | 'status', string>> = {}) => {
    const query = new URLSearchParams(Object.entries(params).filter(([, v]) => v)).toString();
    return `${lang ? `/${lang}` : ''}/r/${query ? `?${query}` : ''}`;
  },
} as const;

/** A site path as a browser address: with the sub-path the site was built for. */
export function withBase(path: string): string {
  return BASE_PATH + path;
}
