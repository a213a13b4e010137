import { BASE_PATH } from '@/lib/site';

/**
 * A static file of this site (under its sub-path): the one place the browser fetches one (lib/owners.test.ts).
 * An HTTP error is an error. Apart from useStaticJson (./static-json.ts), so that a page fetching without
 * react-query does not load it.
 */
export async function fetchStatic(path: string): Promise<Response> {
  const response = await fetch(`${BASE_PATH}${path}`, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${path}: HTTP ${response.status}`);
  return response;
}

/** A static JSON file of this site. */
export async function fetchStaticJson<T>(path: string): Promise<T> {
  return (await (await fetchStatic(path)).json()) as T;
}
