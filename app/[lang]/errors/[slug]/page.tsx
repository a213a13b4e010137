import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { Breakable } from '@/components/breakable';
import { CopyLinkButton } from '@/components/copy-link-button';
import { CopyMarkdownButton } from '@/components/copy-markdown-button';
import { EntryBadges } from '@/components/entry-badges';
import { ExampleResponse } from '@/components/example-response';
import { Feedback } from '@/components/feedback';
import { Heading } from '@/components/heading';
import { MdxContent } from '@/components/mdx-content';
import { LINK, SiteLink } from '@/components/ui';
import { inlineCode } from '@/lib/catalog/inline-code';
import { GUIDE, loadCatalog } from '@/lib/catalog/load';
import { compileMdx } from '@/lib/catalog/mdx.server';
import { perLang } from '@/lib/catalog/params';
import { releaseRange } from '@/lib/catalog/releases';
import { resolverParams } from '@/lib/classify';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import { pageMetadata } from '@/lib/page-metadata';
import * as routes from '@/lib/routes';
import { withBase } from '@/lib/routes';

type Params = { params: Promise<{ lang: Lang; slug: string }> };
/** An entry with this many sections or more gets a contents box. */
const CONTENTS_FROM = 6;

export const dynamicParams = false;
export function generateStaticParams() {
  const catalog = loadCatalog();
  return perLang('slug', [...catalog.bySlug.keys(), ...catalog.aliases.keys()]);
}

/** The entry for a slug or a former slug (an alias keeps old links working). */
function resolve(slug: string) {
  const catalog = loadCatalog();
  const current = catalog.aliases.get(slug) ?? slug;
  const entry = catalog.bySlug.get(current);
  if (!entry) notFound();
  return { entry, isAlias: current !== slug };
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { lang, slug } = await params;
  const { entry } = resolve(slug);
  const { title, summary } = entry.docs[lang].frontmatter;
  const code = entry.meta.code ?? entry.meta.status;
  return {
    ...pageMetadata(lang, `${code} ${title}`, summary),
    alternates: { canonical: withBase(routes.entry(lang, entry.slug)) },
  };
}

export default async function EntryPage({ params }: Params) {
  const { lang, slug } = await params;
  const { entry, isAlias } = resolve(slug);
  const catalog = loadCatalog();
  const doc = entry.docs[lang];
  const d = t(lang);
  const code = await compileMdx(doc.file, doc.body);
  const related = entry.meta.related.map((s) => catalog.bySlug.get(s)!);
  // The loader checked that every guide anchor of an entry is a section of the guide.
  const guideSections = catalog.pages.get(GUIDE)![lang].headings;
  // The page's sections in order, for the contents box of a long entry.
  const contents = [
    entry.meta.message ? { id: 'message', title: d.message } : null,
    entry.meta.releases.length > 0 ? { id: 'releases', title: d.releases } : null,
    { id: 'example', title: d.example },
    ...doc.headings.filter((h) => h.level === 2).map((h) => ({ id: h.id, title: h.title })),
    related.length > 0 || entry.meta.guide.length > 0 ? { id: 'related', title: d.related } : null,
  ].filter((h) => h !== null);
  return (
    <article id={entry.slug} className="entry">
      {isAlias && (
        <p
          role="note"
          className="mb-4 rounded border border-amber-300 bg-amber-50 p-3 text-sm dark:border-amber-700 dark:bg-amber-950"
        >
          {d.aliasNotice} <SiteLink href={routes.entry(lang, entry.slug)}>{routes.entry(lang, entry.slug)}</SiteLink>
        </p>
      )}
      <nav aria-label="breadcrumb" className="mb-2 text-sm text-slate-500 dark:text-slate-400">
        <SiteLink href={routes.catalog(lang)} className={LINK}>
          {d.allErrors}
        </SiteLink>
        {' / '}
        <SiteLink href={routes.status(lang, entry.meta.status)} className={LINK}>
          {entry.meta.status}
        </SiteLink>
      </nav>
      <div className="flex flex-wrap items-center gap-3">
        <h1 className="text-2xl font-bold">{doc.frontmatter.title}</h1>
        <CopyLinkButton lang={lang} hash="" />
        <CopyMarkdownButton
          href={routes.entryMarkdown(lang, entry.slug)}
          label={d.markdown.copy}
          copied={d.markdown.copied}
          failed={d.markdown.failed}
        />
        <a
          href={withBase(routes.entryMarkdown(lang, entry.slug))}
          type="text/markdown"
          className="text-xs text-slate-600 underline dark:text-slate-300 print:hidden"
        >
          {d.markdown.file}
        </a>
      </div>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{doc.frontmatter.summary}</p>
      {/* The way to the fix, on the first screen: who acts, the first thing to do, a jump to the steps. */}
      <p className="mt-2 text-base" data-fix-jump="">
        <span className="font-semibold" data-actor={entry.meta.actor}>
          {d.actor[entry.meta.actor]} →
        </span>{' '}
        {doc.frontmatter.action} ·{' '}
        <a href="#fix" className={LINK}>
          {d.fixSteps} ↓
        </a>
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-3">
        <EntryBadges entry={entry} lang={lang} />
      </div>
      {contents.length >= CONTENTS_FROM && (
        <details className="mt-3 text-sm print:hidden" data-contents="">
          <summary className="cursor-pointer font-medium">{d.onThisPage(contents.length)}</summary>
          <ul className="mt-1 list-disc pl-6">
            {contents.map((h) => (
              <li key={h.id}>
                <a href={`#${h.id}`} className={LINK}>
                  {h.title}
                </a>
              </li>
            ))}
          </ul>
        </details>
      )}
      {entry.meta.message && (
        <section className="mt-6">
          <Heading level={2} id="message" lang={lang}>
            {d.message}
          </Heading>
          <p className="mt-2 break-words rounded bg-slate-100 p-3 font-mono text-sm dark:bg-slate-900">
            <Breakable text={entry.meta.message} />
          </p>
        </section>
      )}
      {entry.meta.releases.length > 0 && (
        <section className="mt-6">
          <Heading level={2} id="releases" lang={lang}>
            {d.releases}
          </Heading>
          <dl className="mt-2 space-y-2 text-sm">
            {entry.meta.releases.map((r) => (
              <div key={`${r.from}-${r.until}`} className="sm:flex sm:gap-3">
                <dt className="shrink-0 font-mono font-semibold sm:w-48">{releaseRange(r.from, r.until, lang)}</dt>
                <dd className="min-w-0 break-words">
                  {inlineCode(r[lang]).map((piece, k) =>
                    piece.code ? (
                      <code key={k} className="rounded bg-slate-100 px-1 font-mono text-[0.9em] dark:bg-slate-800">
                        <Breakable text={piece.text} />
                      </code>
                    ) : (
                      piece.text
                    ),
                  )}
                </dd>
              </div>
            ))}
          </dl>
        </section>
      )}
      <section className="mt-6">
        <Heading level={2} id="example" lang={lang}>
          {d.example}
        </Heading>
        <ExampleResponse entry={entry} />
      </section>
      <div className="mt-6">
        <MdxContent code={code} lang={lang} />
      </div>
      {(related.length > 0 || entry.meta.guide.length > 0) && (
        <section className="mt-8 print:hidden">
          <Heading level={2} id="related" lang={lang}>
            {d.related}
          </Heading>
          <ul className="mt-2 list-disc pl-6">
            {related.map((r) => (
              <li key={r.slug}>
                <SiteLink href={routes.entry(lang, r.slug)} className={LINK}>
                  {r.docs[lang].frontmatter.title}
                </SiteLink>{' '}
                <span className="font-mono text-xs text-slate-500 dark:text-slate-400">
                  {r.meta.code ?? r.meta.status}
                </span>
              </li>
            ))}
            {entry.meta.guide.map((anchor) => (
              <li key={anchor}>
                <SiteLink href={routes.guide(lang, anchor)} className={LINK}>
                  {d.guideLink(guideSections.find((h) => h.id === anchor)!.text)}
                </SiteLink>
              </li>
            ))}
          </ul>
        </section>
      )}
      <section className="mt-8 text-sm print:hidden" data-resolver-address>
        <Heading level={2} id="link-from-tools" lang={lang}>
          {d.markdown.toolsTitle}
        </Heading>
        <p className="mt-2">{d.markdown.toolsText}</p>
        <p className="mt-2 break-words rounded bg-slate-100 p-2 font-mono dark:bg-slate-900">
          <Breakable text={withBase(routes.resolver(lang, resolverParams(entry.meta)))} />
        </p>
      </section>
      <Feedback lang={lang} facts={{ entry: entry.slug, status: entry.meta.status, code: entry.meta.code }} />
    </article>
  );
}
