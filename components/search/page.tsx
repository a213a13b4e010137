'use client';
import { memo, useEffect, useRef, useState } from 'react';
import { SiteLink } from '@/components/ui';
import type { Lang } from '@/lib/i18n/lang';
import { searchText } from '@/lib/i18n/search';
import * as routes from '@/lib/routes';
import type { SearchResult } from '@/lib/search/rank';
import { Providers } from '../providers';
import { RequestsSincePaste } from '../requests-since';
import { SearchInput } from './input';
import { ResultBody, resultPath } from './result';
import { useSearch } from './use-search';

const LIMIT = 50;
const link = 'text-blue-700 underline dark:text-blue-300';

/** `/{lang}/search/?q=`: the query lives in the address, so a result list can be shared. */
export function SearchPage(props: { lang: Lang; statuses: number[] }) {
  return (
    <Providers>
      <Search {...props} />
    </Providers>
  );
}

function Search({ lang, statuses }: { lang: Lang; statuses: number[] }) {
  const d = searchText(lang);
  const box = useRef<HTMLInputElement>(null);
  const [value, setValue] = useState('');
  const [query, setQuery] = useState('');
  // When the query last changed: the requests line counts what the page fetched from then on.
  const [typedAt, setTypedAt] = useState<number | null>(null);
  const { shown, ready, failed: isError, found, near, results } = useSearch(lang, query, LIMIT);
  const q = shown.trim();

  // The exported HTML is the same for every query; the address says which one this is.
  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get('q') ?? '';
    // eslint-disable-next-line react-hooks/set-state-in-effect -- read once from the address after hydration
    setValue(initial);
    setQuery(initial);
    if (!initial) box.current?.focus();
  }, []);

  function search(next: string) {
    setQuery(next);
    setTypedAt(next.trim() ? performance.now() : null);
    const url = new URL(window.location.href);
    if (next.trim()) url.searchParams.set('q', next);
    else url.searchParams.delete('q');
    // Replace, not push: typing a query is one step back, not one per keystroke.
    window.history.replaceState(window.history.state, '', url);
  }

  return (
    <>
      <form
        role="search"
        method="get"
        onSubmit={(e) => (e.preventDefault(), search(value))}
        className="mt-4 flex max-w-3xl gap-2"
      >
        <label htmlFor="search-q" className="sr-only">
          {d.searchBox}
        </label>
        <SearchInput
          ref={box}
          id="search-q"
          name="q"
          data-search-page-input=""
          placeholder={d.search.placeholder}
          value={value}
          onValueChange={setValue}
          onQuery={search}
          className="min-w-0 flex-1 rounded border border-slate-300 bg-white px-3 py-2 dark:border-slate-600 dark:bg-slate-900"
        />
        <button
          type="submit"
          className="rounded bg-blue-700 px-4 py-2 text-white hover:bg-blue-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
        >
          {d.search.submit}
        </button>
      </form>
      <RequestsSincePaste lang={lang} since={typedAt} />
      <div
        className="mt-4"
        data-query={shown}
        data-ready={ready ? '' : undefined}
        data-nearest={near.length ? '' : undefined}
      >
        <p role="status" className="text-sm text-slate-600 dark:text-slate-400">
          {isError
            ? d.search.loadFailed
            : !q
              ? d.search.hint
              : !ready
                ? d.search.loading
                : found.length
                  ? d.search.count(found.length)
                  : near.length
                    ? d.search.nearest(q)
                    : d.search.none(q)}
        </p>
        {results.length > 0 && <Results lang={lang} results={results} label={d.search.results} />}
        {ready && q && found.length === 0 && (
          <div className="search-empty mt-2 space-y-2">
            <p>
              <SiteLink href={routes.classify(lang)} className={link}>
                {d.search.noneClassify} →
              </SiteLink>
            </p>
            <nav aria-label={d.homeStatuses} className="flex flex-wrap items-center gap-2">
              <span>{d.search.noneStatuses}</span>
              {statuses.map((s) => (
                <SiteLink
                  key={s}
                  href={routes.status(lang, s)}
                  className="rounded border border-slate-300 px-2 py-0.5 font-mono text-sm hover:bg-slate-100 dark:border-slate-700 dark:hover:bg-slate-800"
                >
                  {s}
                </SiteLink>
              ))}
            </nav>
          </div>
        )}
      </div>
    </>
  );
}

/** The result links; memoised, so a keystroke that changes nothing shown re-renders nothing. */
const Results = memo(function Results({
  lang,
  results,
  label,
}: {
  lang: Lang;
  results: SearchResult[];
  label: string;
}) {
  return (
    <ol aria-label={label} className="search-results mt-3 grid gap-2">
      {results.map((r) => (
        <li key={r.slug + (r.anchor ?? '')}>
          <SiteLink
            href={resultPath(lang, r)}
            className="block rounded border border-slate-200 p-3 hover:bg-slate-50 focus-visible:outline-2 focus-visible:outline-blue-600 dark:border-slate-700 dark:hover:bg-slate-900"
          >
            <ResultBody lang={lang} r={r} />
          </SiteLink>
        </li>
      ))}
    </ol>
  );
});
