// Link check of the whole static export, from the files alone (no server): every internal href, src and form
// action of every HTML page resolves to a file of the export, and every fragment it names is an element id
// of the target page; CSS url()s resolve too. Run on out/ and on the sub-path build (out-subpath/, built
// with BASE_PATH=/docs/apigw-errors), where every internal address must also carry the sub-path.
//
//   npx tsx scripts/check-links.ts                       out/ and, when present, out-subpath/ (/docs/apigw-errors)
//   npx tsx scripts/check-links.ts DIR[=BASE_PATH] ...   other exports
//
// Exits 1 naming every broken link. Why from files: it covers all pages in a second, including ones no
// browser test opens, and it checks what any static host would serve, not only nginx.
import fs from 'node:fs';
import path from 'node:path';
import { SUB_PATH } from '../e2e/support/nginx';
import { PAGE_TYPES, pageTypeOf } from '../lib/page-types';

const targets = process.argv.slice(2).length
  ? process.argv.slice(2).map((a) => a.split('='))
  : [['out', ''], ...(fs.existsSync('out-subpath') ? [['out-subpath', SUB_PATH]] : [])];

const ATTR = /\s(href|src|action)="([^"]*)"/g;
const TAG = /<[a-zA-Z][^>]*>/g;
const decode = (s: string) =>
  s
    .replace(/&amp;/g, '&')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'");

function files(dir: string, ext: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith(ext))
    .map((d) => path.join(d.parentPath ?? d.path, d.name));
}

/** The markup of a page without its scripts' text (Next's inline payload is not markup). */
const markup = (html: string) => html.replace(/(<script\b[^>]*>)[\s\S]*?<\/script>/gi, '$1</script>');

type Target = { file: string; error?: undefined } | { error: string; file?: undefined };

function check(dir: string, base: string): string[] {
  const root = path.resolve(dir);
  if (!fs.existsSync(path.join(root, 'index.html'))) throw new Error(`no export in ${dir}: run "npm run build"`);
  const idsCache = new Map<string, Set<string>>();
  const ids = (file: string) => {
    if (!idsCache.has(file)) {
      const m = markup(fs.readFileSync(file, 'utf8'));
      idsCache.set(file, new Set([...m.matchAll(/<[a-zA-Z][^>]*?\sid="([^"]+)"/g)].map((x) => decode(x[1]!))));
    }
    return idsCache.get(file)!;
  };
  /** The file an address of the site maps to, or an error. */
  const resolve = (address: string): Target => {
    if (base && address !== base && !address.startsWith(`${base}/`)) return { error: `leaves the sub-path ${base}` };
    const p = decodeURIComponent(address.slice(base.length) || '/');
    const file = path.join(root, p.endsWith('/') ? `${p}index.html` : p);
    if (!file.startsWith(root)) return { error: 'outside the export' };
    if (fs.existsSync(file) && fs.statSync(file).isFile()) return { file };
    if (!p.endsWith('/') && fs.existsSync(path.join(root, p, 'index.html')))
      return { error: 'a page address without its trailing slash (a redirect hop)' };
    return { error: 'no such file' };
  };

  const broken: string[] = [];
  let links = 0;
  let fragments = 0;
  const pages = files(root, '.html');
  // Every page is of one type of lib/page-types.ts: a page of none is a route the table, the weight step and
  // the per-type browser checks do not know.
  const typed = new Set<string>();
  for (const page of pages) {
    const type = pageTypeOf(path.relative(root, page).split(path.sep).join('/'));
    if (type) typed.add(type.name);
    else broken.push(`${path.relative(process.cwd(), page)}: a page of no type in lib/page-types.ts`);
  }
  for (const t of PAGE_TYPES) if (!typed.has(t.name)) broken.push(`${dir}: no page of the type "${t.name}"`);
  for (const page of pages) {
    const pageURL = new URL(`http://site${base}/${path.relative(root, page).split(path.sep).join('/')}`);
    for (const [tag] of markup(fs.readFileSync(page, 'utf8')).matchAll(TAG)) {
      for (const [, attr, raw] of tag.matchAll(ATTR)) {
        const value = decode(raw ?? '');
        if (!value || /^(https?:|mailto:|tel:|data:|blob:|javascript:)/i.test(value) || value.startsWith('//'))
          continue;
        links += 1;
        const url = new URL(value, pageURL);
        const where = `${path.relative(process.cwd(), page)}: ${attr}="${value}"`;
        const target = value.startsWith('#') ? { file: page } : resolve(url.pathname);
        if (target.error) {
          broken.push(`${where}: ${target.error}`);
          continue;
        }
        if (url.hash.length > 1) {
          fragments += 1;
          const id = decodeURIComponent(url.hash.slice(1));
          if (!target.file!.endsWith('.html')) broken.push(`${where}: a fragment on a file that is not a page`);
          else if (!ids(target.file!).has(id))
            broken.push(`${where}: no element with id "${id}" on ${path.relative(process.cwd(), target.file!)}`);
        }
      }
    }
  }
  // Stylesheets: fonts and images they load.
  for (const css of files(root, '.css')) {
    for (const [, raw] of fs.readFileSync(css, 'utf8').matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)) {
      if (!raw || /^(data:|https?:|#)/.test(raw)) continue;
      links += 1;
      const cssURL = new URL(`http://site${base}/${path.relative(root, css).split(path.sep).join('/')}`);
      const target = resolve(new URL(raw, cssURL).pathname);
      if (target.error) broken.push(`${path.relative(process.cwd(), css)}: url(${raw}): ${target.error}`);
    }
  }
  console.log(
    `check-links ${dir}${base ? ` (${base})` : ''}: ${pages.length} pages of ${typed.size} types, ${links} links, ${fragments} fragments: ${broken.length ? `${broken.length} BROKEN` : 'all resolve'}`,
  );
  return broken;
}

let broken: string[] = [];
for (const [dir, base = ''] of targets) broken = broken.concat(check(dir!, base.replace(/\/+$/, '')));
for (const b of broken.slice(0, 100)) console.log(`  ${b}`);
if (broken.length > 100) console.log(`  ... and ${broken.length - 100} more`);
process.exit(broken.length ? 1 : 0);
