/**
 * The build setting `SERVICE_WORKER=off` (README, "Offline"), as an export carries it. The setting is applied
 * after `next build`, by scripts/sw.ts alone: off, it writes no `sw.js` and puts this meta into every page's
 * head, and the page (components/offline.tsx) then registers no worker. Nothing `next build` writes depends
 * on it, so the same export can be turned off after it is built, and the browser test does exactly that.
 */
/** The worker's file at the export's top (its scope is the whole site). */
export const SW_FILE = 'sw.js';
export const SW_OFF_META_NAME = 'apigw-service-worker';
/** The meta scripts/sw.ts writes into every page when the service worker is off. */
export const SW_OFF_META = `<meta name="${SW_OFF_META_NAME}" content="off"/>`;

/** Whether a build keeps a service worker: on unless SERVICE_WORKER is `off` (or `0`, `false`, `no`). */
export function serviceWorkerOn(env: Record<string, string | undefined>): boolean {
  return !/^(off|0|false|no)$/i.test(env.SERVICE_WORKER ?? '');
}

/** Whether the page in `doc` was built (or turned) with the service worker off. */
export const serviceWorkerOffIn = (doc: Pick<Document, 'querySelector'>): boolean =>
  doc.querySelector(`meta[name="${SW_OFF_META_NAME}"][content="off"]`) !== null;
