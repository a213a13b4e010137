/**
 * What the command line and the MCP server know of the catalog, computed from the one loader: the
 * classifier's rules, the site's search index in each language, and every entry's facts and Markdown (the
 * same as /{lang}/errors/{slug}/index.md). The bundle carries it as data (build.ts); run from a clone, it is
 * computed from content/ on start (data.ts).
 */
import type { Catalog } from '../../../lib/catalog/load';
import { entryMarkdown } from '../../../lib/catalog/markdown';
import type { MatchRule } from '../../../lib/catalog/rules';
import { toRule } from '../../../lib/catalog/rules';
import { LANGS, type Lang } from '../../../lib/i18n/lang';
import * as routes from '../../../lib/routes';
import { buildSearchIndex, type SearchIndex } from '../../../lib/search/build-index';

export type CliEntry = {
  slug: string;
  aliases: string[];
  system: 'gateway' | 'esb' | 'none';
  status: number;
  code: number | null;
  code_name: string | null;
  message: string;
  actor: string;
  title: Record<Lang, string>;
  summary: Record<Lang, string>;
  /** The entry's page on the portal, as a path (the portal's address is the reader's own). */
  path: Record<Lang, string>;
  markdown: Record<Lang, string>;
};

export type CliData = {
  rules: MatchRule[];
  index: Record<Lang, SearchIndex>;
  entries: CliEntry[];
};

const perLang = <T>(f: (lang: Lang) => T) => Object.fromEntries(LANGS.map((l) => [l, f(l)])) as Record<Lang, T>;

export function catalogData(catalog: Catalog): CliData {
  return {
    rules: catalog.entries.map((e) => toRule(e.slug, e.meta)),
    index: perLang((lang) => buildSearchIndex(catalog, lang)),
    entries: catalog.entries.map((e) => ({
      slug: e.slug,
      aliases: e.meta.aliases,
      system: e.meta.system,
      status: e.meta.status,
      code: e.meta.code,
      code_name: e.meta.code_name,
      message: e.meta.message,
      actor: e.meta.actor,
      title: perLang((l) => e.docs[l].frontmatter.title),
      summary: perLang((l) => e.docs[l].frontmatter.summary),
      path: perLang((l) => routes.entry(l, e.slug)),
      markdown: perLang((l) => entryMarkdown(catalog, e, l)),
    })),
  };
}
