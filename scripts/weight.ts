// The weight of each page type, from the built export: the gzipped JavaScript and CSS its HTML loads (the
// <script src> and stylesheet <link>s; not the noModule polyfill, which modern browsers skip; not chunks
// loaded later on demand, like the search palette's). Every page of a type is measured and the heaviest
// counts. Fails when a type is above its budget in weight-budget.json (KiB, gzip level 6 as nginx sends),
// and when a reading page (an entry, the catalog, status, code and content pages) loads search, classifier
// or highlighting code: those must load only where used.
//
//   npx tsx scripts/weight.ts [OUT_DIR]          (default out/; `--json` prints the figures as JSON)
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { MARKERS, PAGE_TYPES, READING } from '../lib/page-types';

const args = process.argv.slice(2);
const json = args.includes('--json');
const root = path.resolve(args.find((a) => !a.startsWith('--')) ?? 'out');
const budgetFile = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', 'weight-budget.json');

if (!fs.existsSync(path.join(root, 'index.html'))) {
  console.error(`no export in ${root}: run "npm run build" first`);
  process.exit(2);
}

type Asset = { gzip: number; text: string };
const sizes = new Map<string, Asset>();
/** gzip size of an asset the page refers to (its address, minus any sub-path the build carries). */
function asset(ref: string): Asset & { rel: string } {
  const rel = decodeURIComponent(ref.replace(/^.*?\/_next\//, '_next/').split('?')[0]!);
  if (!sizes.has(rel)) {
    const text = fs.readFileSync(path.join(root, rel));
    sizes.set(rel, { gzip: zlib.gzipSync(text, { level: 6 }).length, text: text.toString('utf8') });
  }
  return { rel, ...sizes.get(rel)! };
}

function measure(file: string) {
  const html = fs.readFileSync(file, 'utf8');
  const js = new Set<string>();
  const css = new Set<string>();
  for (const [tag] of html.matchAll(/<script\b[^>]*\ssrc="([^"]+)"[^>]*>/g)) {
    if (!/\snomodule/i.test(tag)) js.add(/\ssrc="([^"]+)"/.exec(tag)![1]!);
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    if (/\srel="stylesheet"/.test(tag)) css.add(/\shref="([^"]+)"/.exec(tag)![1]!);
  }
  const jsAssets = [...js].map((r) => asset(r));
  const cssAssets = [...css].map((r) => asset(r));
  const found = Object.entries(MARKERS)
    .filter(([, strings]) => jsAssets.some((a) => strings.some((s) => a.text.includes(s))))
    .map(([name]) => name);
  return {
    js: jsAssets.reduce((n, a) => n + a.gzip, 0),
    css: cssAssets.reduce((n, a) => n + a.gzip, 0),
    scripts: jsAssets.length,
    found,
  };
}

const pages = fs
  .readdirSync(root, { recursive: true, encoding: 'utf8' })
  .filter((f) => f.endsWith('.html'))
  .map((f) => f.split(path.sep).join('/'));
const kib = (n: number) => Math.round((n / 1024) * 10) / 10;
type Result = { pages: number; heaviest: string; jsKiB: number; cssKiB: number; scripts: number; loads: string[] };
const results: Record<string, Result> = {};
for (const { name: type, html } of PAGE_TYPES) {
  const of = pages.filter((p) => html.test(p));
  if (!of.length) continue;
  const measured = of.map((p) => ({ page: p, ...measure(path.join(root, p)) }));
  const heaviest = measured.reduce((a, b) => (b.js + b.css > a.js + a.css ? b : a));
  results[type] = {
    pages: of.length,
    heaviest: heaviest.page,
    jsKiB: kib(heaviest.js),
    cssKiB: kib(heaviest.css),
    scripts: heaviest.scripts,
    loads: [...new Set(measured.flatMap((m) => m.found))],
  };
}

type Budget = { pages?: Record<string, { jsKiB: number; cssKiB: number }> };
const budget: Budget = fs.existsSync(budgetFile) ? JSON.parse(fs.readFileSync(budgetFile, 'utf8')) : {};
const failures: string[] = [];
for (const [type, r] of Object.entries(results)) {
  const b = budget.pages?.[type];
  if (!b) failures.push(`${type}: no budget in weight-budget.json`);
  else {
    if (r.jsKiB > b.jsKiB) failures.push(`${type}: JavaScript ${r.jsKiB} KiB > budget ${b.jsKiB} KiB (${r.heaviest})`);
    if (r.cssKiB > b.cssKiB) failures.push(`${type}: CSS ${r.cssKiB} KiB > budget ${b.cssKiB} KiB (${r.heaviest})`);
  }
  if (READING.includes(type) && r.loads.length) failures.push(`${type}: a reading page loads ${r.loads.join(', ')}`);
}
// A budget for a type the table (lib/page-types.ts) does not have is a type renamed or removed in one place only.
for (const type of Object.keys(budget.pages ?? {}))
  if (!PAGE_TYPES.some((t) => t.name === type))
    failures.push(`${type}: a budget for no page type of lib/page-types.ts`);

if (json) console.log(JSON.stringify(results, null, 2));
else {
  console.log(
    `Weight per page type, gzip (${path.relative(process.cwd(), root) || '.'}; heaviest page of each type; budget in weight-budget.json)`,
  );
  console.log('  type       pages   JS KiB (budget)   CSS KiB (budget)   scripts   loads');
  for (const [type, r] of Object.entries(results)) {
    const b: Partial<{ jsKiB: number; cssKiB: number }> = budget.pages?.[type] ?? {};
    console.log(
      `  ${type.padEnd(10)} ${String(r.pages).padStart(5)}   ${String(r.jsKiB).padStart(6)} (${String(b.jsKiB ?? '-').padStart(5)})    ${String(r.cssKiB).padStart(6)} (${String(b.cssKiB ?? '-').padStart(5)})    ${String(r.scripts).padStart(6)}   ${r.loads.join(', ') || '-'}`,
    );
  }
}
for (const f of failures) console.log(`  OVER BUDGET: ${f}`);
console.log(
  failures.length
    ? `weight: ${failures.length} problem(s)`
    : 'weight: every page type within budget; reading pages load no search, classifier or highlighting code',
);
process.exit(failures.length ? 1 : 0);
