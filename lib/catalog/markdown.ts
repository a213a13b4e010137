/**
 * The catalog as Markdown, for people and assistants: one file per entry (`/{lang}/errors/{slug}/index.md`),
 * the site's index for assistants (`/llms.txt`, the llmstxt.org shape) and every entry in one file
 * (`/llms-full.txt`). All from the one loader, with the same facts as the entry's page.
 */
import { exampleResponse } from './example';
import { GUIDE, type Catalog, type Entry } from './load';
import { releaseRange } from './releases';
import { t } from '../i18n';
import { LANGS, type Lang } from '../i18n/lang';
import * as routes from '../routes';
import { withBase } from '../routes';

/** A site path of a link in content (`/errors/x/`) as the reader's language's address. */
function localHref(lang: Lang, href: string): string {
  return href.startsWith('/') ? withBase(`/${lang}${href}`) : href;
}

/** An MDX body as plain Markdown: heading ids dropped, the site's links made absolute paths. */
export function plainBody(lang: Lang, body: string): string {
  return body
    .replace(/^(#{1,6} .*?)[ \t]*\[#[a-z0-9-]+\][ \t]*$/gm, '$1')
    .replace(/\]\((\/[^)\s]*)\)/g, (_, href: string) => `](${localHref(lang, href)})`)
    .trim();
}

/** A fence longer than any run of backticks in the text, so an example never closes it early. */
export function fence(text: string, info: string): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const f = '`'.repeat(longest + 1);
  return `${f}${info}\n${text}\n${f}`;
}

const code = (v: string | number) => `\`${v}\``;

export function entryMarkdown(catalog: Catalog, entry: Entry, lang: Lang): string {
  const d = t(lang);
  const { meta } = entry;
  const doc = entry.docs[lang];
  const fact = (name: string, value: string) => `- ${name}${lang === 'zh' ? '：' : ': '}${value}`;
  const facts = [
    fact(d.status, code(meta.status)),
    meta.code !== null ? fact(d.code, code(meta.code)) : null,
    meta.code_name ? fact('code_name', code(meta.code_name)) : null,
    meta.message ? fact(d.message, code(meta.message)) : null,
    fact(d.markdown.system, d.system[meta.system]),
    fact(d.markdown.actor, d.actor[meta.actor]),
    meta.deprecated ? `- ${d.deprecated}` : null,
    meta.legacy ? `- ${d.legacy}` : null,
    fact(d.markdown.page, withBase(routes.entry(lang, entry.slug))),
  ].filter((l) => l !== null);
  const parts = [`# ${doc.frontmatter.title}`, doc.frontmatter.summary, facts.join('\n')];
  if (meta.releases.length)
    parts.push(
      `## ${d.releases}`,
      meta.releases.map((r) => `- ${releaseRange(r.from, r.until, lang)}: ${r[lang]}`).join('\n'),
    );
  parts.push(`## ${d.example}`, fence(exampleResponse(meta).trimEnd(), 'http'), plainBody(lang, doc.body));
  const related = [
    ...meta.related.map((s) => {
      const r = catalog.bySlug.get(s)!;
      return `- [${r.docs[lang].frontmatter.title}](${withBase(routes.entryMarkdown(lang, s))}) ${code(r.meta.code ?? r.meta.status)}`;
    }),
    ...meta.guide.map((anchor) => {
      const section = catalog.pages.get(GUIDE)![lang].headings.find((h) => h.id === anchor)!;
      return `- [${d.guideLink(section.text)}](${withBase(routes.guide(lang, anchor))})`;
    }),
  ];
  if (related.length) parts.push(`## ${d.related}`, related.join('\n'));
  return `${parts.join('\n\n')}\n`;
}

/** One line of an index: the entry's title, its Markdown address and what it is. */
function indexLine(lang: Lang, entry: Entry): string {
  const { meta } = entry;
  const key = [meta.status, meta.code, meta.code_name].filter((v) => v !== null).join(' ');
  const fm = entry.docs[lang].frontmatter;
  return `- [${key} ${fm.title}](${withBase(routes.entryMarkdown(lang, entry.slug))}): ${fm.summary}`;
}

/** `/llms.txt`: the site in one page for assistants, both languages, every entry with its Markdown. */
export function llmsTxt(catalog: Catalog): string {
  const en = t('en');
  const parts = [`# ${en.siteName} / ${t('zh').siteName}`, `> ${en.siteDescription}`, en.markdown.llmsIntro];
  for (const lang of LANGS) {
    const d = t(lang);
    parts.push(
      `## ${d.markdown.pages}`,
      [
        `- [${d.nav.guide}](${withBase(routes.guide(lang))}): ${d.markdown.guideLine}`,
        `- [${d.nav.classify}](${withBase(routes.classify(lang))}): ${d.homeClassifyText}`,
        `- [${d.resolver.title}](${withBase(routes.resolver(lang))}): ${d.resolver.intro}`,
        `- [catalog.json](${withBase('/catalog.json')}): ${d.markdown.catalogJsonLine}`,
        `- [llms-full.txt](${withBase('/llms-full.txt')}): ${d.markdown.fullLine}`,
      ].join('\n'),
      `## ${d.markdown.entries}`,
      catalog.entries.map((e) => indexLine(lang, e)).join('\n'),
    );
  }
  return `${parts.join('\n\n')}\n`;
}

/** `/llms-full.txt`: every entry's Markdown, both languages, one after another. */
export function llmsFullTxt(catalog: Catalog): string {
  const en = t('en');
  const head = `# ${en.siteName} / ${t('zh').siteName}\n\n> ${en.siteDescription}\n`;
  const entries = LANGS.flatMap((lang) =>
    catalog.entries.map((e) => entryMarkdown(catalog, e, lang).replace(/^(#+) /gm, '#$1 ')),
  );
  return [head, ...entries].join('\n---\n\n');
}
