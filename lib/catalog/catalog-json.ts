import type { Catalog } from './load';
import { checkedAgainst } from './reference';
import { LANGS, type Lang } from '../i18n/lang';
import * as routes from '../routes';

/** Bump on any change a consumer could notice (a field renamed or removed); adding a field does not. */
const CATALOG_JSON_VERSION = 1;

/** `/catalog.json`: the catalog as data for other tools. Its shape is documented in docs/catalog-json.md. */
export function catalogJson(catalog: Catalog) {
  const perLang = <T>(f: (lang: Lang) => T) => Object.fromEntries(LANGS.map((l) => [l, f(l)])) as Record<Lang, T>;
  return {
    version: CATALOG_JSON_VERSION,
    languages: LANGS,
    /** The newest numbered gateway release the catalog was checked against (content/reference/PROVENANCE.md). */
    checked_against: checkedAgainst(),
    entries: catalog.entries.map(({ slug, meta, docs }) => ({
      slug,
      aliases: meta.aliases,
      system: meta.system,
      status: meta.status,
      code: meta.code,
      code_name: meta.code_name,
      message: meta.message,
      match: meta.match,
      match_exact: meta.match_exact,
      reasons: meta.reasons,
      texts: meta.texts,
      releases: meta.releases,
      actor: meta.actor,
      deprecated: meta.deprecated,
      legacy: meta.legacy,
      related: meta.related,
      guide: meta.guide,
      path: perLang((l) => routes.entry(l, slug)),
      title: perLang((l) => docs[l].frontmatter.title),
      summary: perLang((l) => docs[l].frontmatter.summary),
      example: meta.example,
    })),
  };
}
