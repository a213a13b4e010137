'use client';
import { useDeferredValue, useMemo } from 'react';
import type { Lang } from '@/lib/i18n/lang';
import type { SearchIndex } from '@/lib/search/build-index';
import { createSearcher, type SearchResult, type Searcher } from '@/lib/search/rank';
import { useStaticJson } from '../static-json';

/** Where the build put the index of a language (app/search-index/[file]/route.ts), within the site. */
export const searchIndexPath = (lang: Lang) => `/search-index/${lang}.json`;

/** The searcher of a language: its index fetched once, the searcher built once, shared by every search. */
export function useSearcher(lang: Lang) {
  return useStaticJson<SearchIndex, Searcher>(searchIndexPath(lang), createSearcher);
}

export type SearchState = {
  /** The query the results are for: a render behind the box when the machine is slow. */
  shown: string;
  ready: boolean;
  failed: boolean;
  /** What matched, and where nothing did, the entries nearest the query (said as such). */
  found: SearchResult[];
  near: SearchResult[];
  results: SearchResult[];
  /** Searches now, for Enter pressed before the deferred results caught up with the last keystroke. */
  first: (query: string) => SearchResult | undefined;
};

/**
 * Query → results, for the search page and the palette alike. The box follows every keystroke; the results
 * follow in a render React may interrupt, so a slow machine drops a stale list rather than a frame of typing.
 */
export function useSearch(lang: Lang, query: string, limit: number): SearchState {
  const { data: searcher, isError } = useSearcher(lang);
  const shown = useDeferredValue(query);
  const q = shown.trim();
  const found = useMemo(() => (searcher && q ? searcher.search(q, limit) : []), [searcher, q, limit]);
  // Almost never "no results": where nothing matches, the entries nearest the query.
  const near = useMemo(() => (searcher && q && !found.length ? searcher.nearest(q) : []), [searcher, q, found]);
  return {
    shown,
    ready: !!searcher,
    failed: isError,
    found,
    near,
    results: found.length ? found : near,
    first: (text) => (text.trim() ? (searcher?.search(text, limit)[0] ?? searcher?.nearest(text)[0]) : undefined),
  };
}
