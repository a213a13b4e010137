/**
 * "Requests since you pasted": what the page fetched after a paste, from the browser's own resource timing
 * (PerformanceResourceTiming), so a reader can see that nothing left without opening DevTools. Pure: the
 * component hands it the entries and the moment of the paste.
 */
export type Fetched = { name: string; startTime: number };
export type SinceFigures = {
  /** Every request that started at or after the paste, in order. */
  requests: string[];
  /** Those that could carry something: to another host, or with a query string (the paste never goes in a path). */
  carrying: string[];
};

/** The browser's own fetch of the site's icon, whenever it gets to it: never the page's doing, never a paste's. */
const ICON = /^\/(?:.*\/)?favicon\.(?:svg|ico|png)$/;

function isIcon(name: string, origin: string): boolean {
  try {
    const u = new URL(name, origin);
    return u.origin === origin && u.search === '' && ICON.test(u.pathname);
  } catch {
    return false;
  }
}

/**
 * The site's own code, fetched as the page needs it (the classifier's worker, a chunk for a dropped export): its
 * address is fixed when the site is built (`/_next/static/…`, named by its hash, no query), so it cannot carry
 * anything pasted. The line says it leaves these out.
 */
function isOwnCode(name: string, origin: string): boolean {
  try {
    const u = new URL(name, origin);
    return u.origin === origin && u.search === '' && u.hash === '' && /\/_next\/static\/[\w./-]+$/.test(u.pathname);
  } catch {
    return false;
  }
}

export function requestsSince(entries: readonly Fetched[], since: number | null, origin: string): SinceFigures {
  if (since === null) return { requests: [], carrying: [] };
  const requests = entries
    .filter((e) => e.startTime >= since && !isIcon(e.name, origin) && !isOwnCode(e.name, origin))
    .map((e) => e.name);
  const carrying = requests.filter((name) => {
    try {
      const u = new URL(name, origin);
      return u.origin !== origin || u.search !== '';
    } catch {
      return true;
    }
  });
  return { requests, carrying };
}
