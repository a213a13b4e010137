import { ClassifyHomeBox } from '@/components/classify/home-box';
import { EntryIndex } from '@/components/entry-index';
import { LINK, SiteLink } from '@/components/ui';
import { GUIDE, isEsbGroup, loadCatalog, statusGroups, statuses } from '@/lib/catalog/load';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import * as routes from '@/lib/routes';
import { withBase } from '@/lib/routes';

export default async function Home({ params }: { params: Promise<{ lang: Lang }> }) {
  const { lang } = await params;
  const catalog = loadCatalog();
  const d = t(lang);
  // The statuses only the legacy ESB sends (200): said as such, so nobody reads them as a success.
  const esb = new Set(statusGroups(catalog).flatMap(([s, entries]) => (isEsbGroup(entries) ? [s] : [])));
  return (
    <>
      <h1 className="text-2xl font-bold">{d.siteName}</h1>
      <p className="mt-2 max-w-3xl text-slate-700 dark:text-slate-300">{d.homeIntro}</p>
      {/* A plain GET form: it works before any script, and the search page reads q from its address. */}
      <form role="search" method="get" action={withBase(routes.search(lang))} className="mt-6 flex max-w-3xl gap-2">
        <label htmlFor="home-search" className="sr-only">
          {d.searchBox}
        </label>
        <input
          id="home-search"
          type="search"
          name="q"
          placeholder={d.search.placeholder}
          className="min-w-0 flex-1 rounded border border-slate-400 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
        />
        <button
          type="submit"
          className="rounded bg-blue-700 px-4 py-2 text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
        >
          {d.search.submit}
        </button>
      </form>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <ClassifyHomeBox
          lang={lang}
          labels={{ title: d.homeClassify, help: d.homeClassifyText, submit: d.classify.homeSubmit }}
        />
        <SiteLink
          href={routes.guide(lang)}
          className="rounded-lg border border-slate-300 p-4 hover:bg-slate-50 dark:border-slate-700 dark:hover:bg-slate-900"
        >
          <span className="font-semibold">{d.homeGuide} →</span>
          <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
            {catalog.pages.get(GUIDE)![lang].frontmatter.summary}
          </p>
        </SiteLink>
      </div>
      <h2 className="mt-8 text-xl font-semibold">{d.homeStatuses}</h2>
      <nav aria-label={d.homeStatuses} className="mt-2 flex flex-wrap gap-2">
        {statuses(catalog).map((s) => (
          <SiteLink
            key={s}
            href={routes.status(lang, s)}
            className="rounded border border-slate-300 px-2 py-1 font-mono text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
          >
            {s}
            {esb.has(s) && <span className="ml-1 font-sans text-xs">{d.system.esb}</span>}
          </SiteLink>
        ))}
      </nav>
      {esb.size > 0 && (
        <p className="mt-2 text-sm text-slate-600 dark:text-slate-400" data-esb-status-note>
          {d.esbStatusNote([...esb].join(', '))}
        </p>
      )}
      <div className="mt-8 flex flex-wrap items-baseline justify-between gap-2">
        <h2 className="text-xl font-semibold">{d.homeCatalog}</h2>
        <a href={withBase(routes.catalog(lang))} className={`text-sm ${LINK}`}>
          {d.homeCatalogDetails} →
        </a>
      </div>
      <div className="mt-3">
        <EntryIndex catalog={catalog} lang={lang} />
      </div>
    </>
  );
}
