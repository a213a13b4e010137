import type { HarEntryInfo } from '../classify';

/**
 * A HAR's entries in the order the page lists them: failed ones first (status 400 or more, or no response
 * at all: blocked, aborted), each group in the order the browser recorded it, since the failure is what
 * a person came to ask about.
 */
export function orderHarEntries(entries: readonly HarEntryInfo[]): HarEntryInfo[] {
  const failed = (e: HarEntryInfo) => e.status === null || e.status >= 400;
  return [...entries.filter(failed), ...entries.filter((e) => !failed(e))];
}

/** A URL short enough for one line of the list: the host and path kept, the middle of a long one cut. */
export function shortUrl(url: string, max = 90): string {
  if (url.length <= max) return url;
  const half = Math.floor((max - 1) / 2);
  return `${url.slice(0, half)}…${url.slice(-half)}`;
}
