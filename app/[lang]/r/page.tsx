import type { Metadata } from 'next';
import { Resolver, type ResolverEntry } from '@/components/resolver';
import { SiteLink } from '@/components/ui';
import { codes, loadCatalog, statuses } from '@/lib/catalog/load';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import * as routes from '@/lib/routes';

export async function generateMetadata({ params }: { params: Promise<{ lang: Lang }> }): Promise<Metadata> {
  const { lang } = await params;
  return { title: t(lang).resolver.title, description: t(lang).resolver.intro, robots: { index: false } };
}

/** Links to every code's and status's page: what the resolver offers where it cannot read its address. */
function Index({ lang }: { lang: Lang }) {
  const catalog = loadCatalog();
  const r = t(lang).resolver;
  return (
    <div className="mt-3 grid gap-2 text-sm">
      <p className="flex flex-wrap gap-x-2">
        <span className="font-semibold">{r.codes}</span>
        {codes(catalog).map((c) => (
          <SiteLink key={c} href={routes.code(lang, c)} className="font-mono underline">
            {c}
          </SiteLink>
        ))}
      </p>
      <p className="flex flex-wrap gap-x-2">
        <span className="font-semibold">{r.statuses}</span>
        {statuses(catalog).map((s) => (
          <SiteLink key={s} href={routes.status(lang, s)} className="font-mono underline">
            {s}
          </SiteLink>
        ))}
      </p>
    </div>
  );
}

/**
 * The resolver (`/{lang}/r/?code=…&message=…&code_name=…&status=…`): the client island reads the query and
 * goes to the entry that lib/classify/match/resolve.ts picks; the page itself is static, the same for every query.
 */
export default async function ResolverPage({ params }: { params: Promise<{ lang: Lang }> }) {
  const { lang } = await params;
  const r = t(lang).resolver;
  const entries: ResolverEntry[] = loadCatalog().entries.map((e) => ({
    slug: e.slug,
    title: e.docs[lang].frontmatter.title,
    status: e.meta.status,
    code: e.meta.code,
    code_name: e.meta.code_name,
  }));
  return (
    <>
      <h1 className="text-2xl font-bold">{r.title}</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{r.intro}</p>
      <noscript>
        <div className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950">
          <p data-resolver="noscript">{r.noscript}</p>
          <Index lang={lang} />
        </div>
      </noscript>
      <Resolver
        lang={lang}
        entries={entries}
        strings={{
          finding: r.finding,
          several: r.several,
          empty: r.empty,
          failed: r.failed,
          statusPage: r.statusPage(Number.NaN).replace('NaN', '{n}'),
          codePage: r.codePage(Number.NaN).replace('NaN', '{n}'),
          backend: r.backend('{n}'),
          backendLink: r.backendLink,
        }}
        index={<Index lang={lang} />}
      />
    </>
  );
}
