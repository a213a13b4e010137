/**
 * `/classify-entries.json`: what the classify page shows next to a verdict, for every entry and guide
 * case, in both languages: title, summary, the cause and fix sections and the section for each reason, as
 * Markdown text (./markdown.ts renders it). Built once at build time from the catalog loader; the page
 * fetches it on load, before anything is pasted.
 */
import { GUIDE, sectionsOf } from '../catalog/load';
import type { Catalog } from '../catalog/load';
import { LANGS, type Lang } from '../i18n/lang';

export type PerLang = Record<Lang, string>;

export type ClassifyEntry = {
  slug: string;
  system: 'gateway' | 'esb' | 'none';
  status: number;
  code: number | null;
  code_name: string | null;
  message: string;
  actor: 'caller' | 'gateway-owner' | 'backend-owner';
  title: PerLang;
  summary: PerLang;
  /** The first thing to do, in a few words. */
  action: PerLang;
  cause: PerLang;
  fix: PerLang;
  /** The entry's sections by reason: the text in the message that points at one, its title and its words. */
  reasons: Record<string, { text: string; title: PerLang; body: PerLang }>;
};
export type GuideCase = { title: PerLang; body: PerLang };
export type ClassifyEntries = { version: 1; entries: Record<string, ClassifyEntry>; guide: Record<string, GuideCase> };

const perLang = (f: (lang: Lang) => string) => Object.fromEntries(LANGS.map((l) => [l, f(l)])) as PerLang;
export function classifyEntriesJson(catalog: Catalog): ClassifyEntries {
  const entries: Record<string, ClassifyEntry> = {};
  for (const { slug, meta, docs } of catalog.entries) {
    const secs = { zh: sectionsOf(docs.zh), en: sectionsOf(docs.en) };
    const section = (l: Lang, id: string) => secs[l].get(id);
    entries[slug] = {
      slug,
      system: meta.system,
      status: meta.status,
      code: meta.code,
      code_name: meta.code_name,
      message: meta.message,
      actor: meta.actor,
      title: perLang((l) => docs[l].frontmatter.title),
      summary: perLang((l) => docs[l].frontmatter.summary),
      action: perLang((l) => docs[l].frontmatter.action),
      cause: perLang((l) => section(l, 'cause')?.intro ?? ''),
      fix: perLang((l) => section(l, 'fix')?.body ?? ''),
      reasons: Object.fromEntries(
        meta.reasons.map((r) => [
          r.id,
          {
            text: r.text,
            title: perLang((l) => section(l, r.id)?.title ?? r.text),
            body: perLang((l) => section(l, r.id)?.body ?? ''),
          },
        ]),
      ),
    };
  }
  const guide: Record<string, GuideCase> = {};
  const page = catalog.pages.get(GUIDE);
  if (page) {
    const secs = { zh: sectionsOf(page.zh), en: sectionsOf(page.en) };
    for (const [id, s] of secs.en) {
      if (s.level !== 2) continue;
      guide[id] = {
        title: perLang((l) => secs[l].get(id)?.title ?? s.title),
        body: perLang((l) => secs[l].get(id)?.body ?? ''),
      };
    }
  }
  return { version: 1, entries, guide };
}
