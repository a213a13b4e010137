'use client';
import { useQuery } from '@tanstack/react-query';
import { fetchStaticJson } from './fetch-static';

/**
 * A static JSON file of the site in a React component: react-query, keyed by the path, fetched once per page
 * and shared by every component that asks (the QueryClient never refetches: the file is part of the build).
 * `build` turns the data into what the caller keeps (a searcher), once, cached with it. Search's islands use
 * it; the classify page and the resolver call fetchStaticJson (./fetch-static.ts) in an effect instead:
 * react-query would add its weight to pages that load their data once and share it with nothing.
 */
export function useStaticJson<T, R = T>(path: string, build?: (data: T) => R) {
  return useQuery({
    queryKey: ['static-json', path],
    queryFn: async () => {
      const data = await fetchStaticJson<T>(path);
      return build ? build(data) : (data as unknown as R);
    },
    structuralSharing: false,
  });
}
