'use client';
import { useQuery } from '@tanstack/react-query';
import type { Lang } from '@/lib/i18n/lang';
import type { SearchIndex } from '@/lib/search/build-index';
import { createSearcher, type Searcher } from '@/lib/search/rank';
import { BASE_PATH } from '@/lib/site';

/** Where the build put the index of a language (app/search-index/[file]/route.ts), under the site's sub-path. */
export function searchIndexUrl(lang: Lang): string {
  return `${BASE_PATH}/search-index/${lang}.json`;
}

async function loadSearcher(lang: Lang): Promise<Searcher> {
  const response = await fetch(searchIndexUrl(lang));
  if (!response.ok) throw new Error(`${searchIndexUrl(lang)}: HTTP ${response.status}`);
  // The searcher (with its fuse.js index) is built here, once per page, and cached with the data.
  return createSearcher((await response.json()) as SearchIndex);
}

/** The searcher of a language: fetched once, shared by every search on the page. */
export function useSearcher(lang: Lang) {
  return useQuery({ queryKey: ['search-index', lang], queryFn: () => loadSearcher(lang), structuralSharing: false });
}
