/**
 * Every string the interface shows, in both languages, by namespace: `ui` (the islands on every page),
 * `common` (a status, a code, who acts), `site` (the reading pages), `markdown`, `resolver`, `classify`
 * (with the chain picture) and `search`. Content has its own files under content/.
 *
 * `t()` joins them all, for the server and for scripts. A client component imports its namespace's function
 * instead (`classifyText`, `searchText`, `ui`), so a page's JavaScript carries only the words it shows.
 */
import { classifyText } from './classify';
import { commonText } from './common';
import type { Lang } from './lang';
import { markdownText } from './markdown';
import { resolverText } from './resolver';
import { searchText } from './search';
import { siteText } from './site';
import { ui } from './ui';

export { LANGS, type Lang } from './lang';

export function t(lang: Lang) {
  return {
    ...ui(lang),
    ...commonText(lang),
    ...siteText(lang),
    ...markdownText(lang),
    ...resolverText(lang),
    ...classifyText(lang),
    ...searchText(lang),
  };
}
export type Dict = ReturnType<typeof t>;
