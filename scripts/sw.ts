// Post-build step of `npm run build`: the service worker that keeps the site usable offline (issue 24).
//
// It precaches what a troubleshooting visit needs with the network gone: the classify and search pages of both
// languages (and the language-neutral ones), every file under _next/static (the pages' JavaScript and CSS and
// the classifier's worker: 1.7 MB, fetched once), the classifier's rules and entries and the search indexes. An
// entry page, once visited, is kept as it is fetched. Nothing pasted is ever a request, so nothing pasted is
// cached. Its cache is named by a hash of the precached files, so each build installs a new worker that drops
// the old cache. `SERVICE_WORKER=off npm run build` writes no worker and marks every page so that it registers
// none (lib/service-worker.ts): this step is all the setting changes, so it can be applied to a built export.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { LANGS } from '../lib/i18n/lang';
import { serviceWorkerOn, SW_FILE, SW_OFF_META } from '../lib/service-worker';

export { serviceWorkerOn, SW_FILE };

function walk(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const full = path.join(dir, d.name);
    return d.isDirectory() ? walk(full) : [full];
  });
}

/** The site paths the worker fetches at install, relative to the site's root (no base path). */
export function precacheList(out: string): string[] {
  const pages = ['classify/', 'search/', ...LANGS.flatMap((l) => [`${l}/classify/`, `${l}/search/`])];
  const data = ['classify-rules.json', 'classify-entries.json', 'favicon.svg'];
  const rel = (f: string) => path.relative(out, f).split(path.sep).join('/');
  const present = pages.filter((p) => fs.existsSync(path.join(out, p, 'index.html')));
  // Beside each page's HTML, the payloads Next fetches for it (`index.txt`, `__next.*.txt`, asked with `?_rsc=…`).
  const payloads = present.flatMap((p) =>
    fs
      .readdirSync(path.join(out, p))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => `${p}${f}`),
  );
  const files = [
    ...present,
    ...payloads,
    ...data.filter((f) => fs.existsSync(path.join(out, f))),
    ...walk(path.join(out, 'search-index')).map(rel),
    ...walk(path.join(out, '_next', 'static')).map(rel),
  ];
  return files.sort();
}

/** The worker's source: a versioned precache, cache-first for immutable files, network-first for the rest. */
export function workerSource(base: string, files: string[], version: string): string {
  return `// Written by scripts/sw.ts at build time: the site offline. It caches nothing but the site's own files.
const BASE = ${JSON.stringify(base)};
const CACHE = ${JSON.stringify(`apigw-portal-${version}`)};
const PRECACHE = ${JSON.stringify(files)}.map((f) => BASE + '/' + f);
self.addEventListener('install', (event) => {
  event.waitUntil(caches.open(CACHE).then((c) => c.addAll(PRECACHE)).then(() => self.skipWaiting()));
});
self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((k) => k.startsWith('apigw-portal-') && k !== CACHE).map((k) => caches.delete(k))))
      .then(() => self.clients.claim()),
  );
});
self.addEventListener('fetch', (event) => {
  const req = event.request;
  const url = new URL(req.url);
  if (req.method !== 'GET' || url.origin !== self.location.origin || !url.pathname.startsWith(BASE + '/')) return;
  // Hashed files never change: the cache first. Everything else: the network first, the cache when it fails.
  if (url.pathname.startsWith(BASE + '/_next/static/')) {
    event.respondWith(lookup(req).then((hit) => hit || fetch(req).then((res) => keep(req, res))));
    return;
  }
  event.respondWith(
    fetch(req)
      .then((res) => keep(req, res))
      .catch(() =>
        // A page asked with its query (?q=…) and Next's payloads asked with ?_rsc=…: the cached file, query aside.
        lookup(req, { ignoreSearch: true }).then((hit) => hit || Response.error()),
      ),
  );
});
// The precache holds the files' paths as written (app/[lang]/…); a page asks for them percent-encoded (%5Blang%5D).
function lookup(req, options) {
  return caches.match(req, options).then((hit) => {
    if (hit) return hit;
    const url = new URL(req.url);
    let path;
    try {
      path = decodeURIComponent(url.pathname);
    } catch {
      return undefined;
    }
    if (path === url.pathname) return undefined;
    url.pathname = path;
    return caches.match(url.href, options);
  });
}
function keep(req, res) {
  if (res.ok && res.type === 'basic') {
    const copy = res.clone();
    caches.open(CACHE).then((c) => c.put(req, copy));
  }
  return res;
}
`;
}

/** Every page of the export with the "no service worker" meta put in (`off`) or taken out; rewrites only what changes. */
function markPages(out: string, off: boolean) {
  for (const file of walk(out).filter((f) => f.endsWith('.html'))) {
    const html = fs.readFileSync(file, 'utf8');
    const clean = html.replaceAll(SW_OFF_META, '');
    const next = off ? clean.replace('</head>', `${SW_OFF_META}</head>`) : clean;
    if (next !== html) fs.writeFileSync(file, next);
  }
}

/**
 * Applies the setting to the export in `out`: on, writes the worker (its cache named by the files' hash) and
 * returns that version; off, removes the worker, marks every page so that it registers none, and returns null.
 * Applying it again, either way, gives what applying only the last would.
 */
export function writeServiceWorker(
  out: string,
  base: string,
  env: Record<string, string | undefined> = process.env,
): string | null {
  const file = path.join(out, SW_FILE);
  const on = serviceWorkerOn(env);
  markPages(out, !on);
  if (!on) {
    fs.rmSync(file, { force: true });
    return null;
  }
  const files = precacheList(out);
  const hash = crypto.createHash('sha256');
  for (const f of files) hash.update(f).update(fs.readFileSync(path.join(out, f.endsWith('/') ? `${f}index.html` : f)));
  const version = hash.digest('hex').slice(0, 12);
  fs.writeFileSync(file, workerSource(base, files, version));
  return version;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const out = path.resolve(process.env.OUT_DIR ?? 'out');
  const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
  const version = writeServiceWorker(out, base);
  console.log(version ? `sw: ${SW_FILE} written (cache ${version})` : 'sw: SERVICE_WORKER=off, no worker written');
}
