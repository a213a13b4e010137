'use client';
import { useQuery } from '@tanstack/react-query';
import { BASE_PATH } from '@/lib/site';

/** A static file of this site (under its sub-path), read as JSON; an HTTP error is an error. */
export async function fetchStaticJson<T>(path: string): Promise<T> {
  const response = await fetch(`${BASE_PATH}${path}`, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/**
 * The one way a client island loads a static JSON file of the site: react-query, keyed by the path, fetched
 * once per page and shared by every component that asks (the QueryClient never refetches: the file is part
 * of the build). `build` turns the data into what the caller keeps (a searcher), once, cached with it.
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
