/**
 * Where in the call's chain (caller → API gateway → the backend's access layer → the backend service) a
 * response came from, and what the next step is, read from the engine's result: the classify page draws
 * the first (components/chain-picture.tsx) and builds its next step from the second.
 */
import type { Result } from '../classify';

/** The hop that wrote the response; `backend` where it is the backend but not which of its layers; `none` where no response came. */
export type Hop = 'gateway' | 'esb' | 'access-layer' | 'service' | 'backend' | 'none';

export function hopOf(result: Pick<Result, 'source' | 'layer' | 'evidence'>): Hop | null {
  switch (result.source) {
    case 'gateway':
      return 'gateway';
    case 'esb':
      return 'esb';
    case 'backend':
      return result.layer ?? 'backend';
    case 'unknown':
      return result.evidence.some((e) => e.signal === 'no-response-came') ? 'none' : null;
  }
}

/** What to check first, by the backend's status: the request (4xx), the backend's logs (5xx), where it points (3xx). */
export type StatusKind = '3xx' | '4xx' | '5xx' | 'other';

export const statusKind = (status: number | null): StatusKind =>
  status === null ? 'other' : status >= 500 ? '5xx' : status >= 400 ? '4xx' : status >= 300 ? '3xx' : 'other';

/** The first server or framework the engine recognised (`nginx`, `spring-boot`), as its evidence names it. */
export function productOf(result: Pick<Result, 'evidence'>): string | null {
  const ev = result.evidence.find((e) => e.signal === 'product-service' || e.signal === 'product-access-layer');
  return ev ? (/^([\w.-]+):/.exec(ev.found)?.[1] ?? null) : null;
}

/**
 * The path (with its query) of a request URL: whole (`https://host/p`), without its scheme as curl's lines
 * give it (`host/p`), or a path alone; the URL as it is where it does not parse.
 */
export function pathOf(url: string | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(/^[a-z][a-z0-9+.-]*:\/\/|^\//i.test(url) ? url : `//${url}`, 'http://host.invalid');
    return `${u.pathname}${u.search}`;
  } catch {
    return url;
  }
}

/**
 * Who acts on a backend's response, as the guide's steps say: the caller fixes a request the backend
 * refused (4xx) or reads what it answered; the gateway's owner takes a backend failure (5xx, with the
 * request id, to the backend's logs) and a redirect (the backend address in the proxy configuration).
 */
export const backendActor = (kind: StatusKind): 'caller' | 'gateway-owner' =>
  kind === '5xx' || kind === '3xx' ? 'gateway-owner' : 'caller';

export type Actor = 'caller' | 'gateway-owner' | 'backend-owner';

/** Who acts: the entry's actor where an entry explains the response, else, for a backend's response, by its status. */
export function actorOf(result: Pick<Result, 'source' | 'status'>, entry?: { actor: Actor }): Actor | null {
  if (entry) return entry.actor;
  return result.source === 'backend' ? backendActor(statusKind(result.status)) : null;
}
