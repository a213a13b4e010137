// `npm run bench`: the figures the README quotes. Search: time per query over the full index in both
// languages and the index size. Classifier: a 1 MB paste against JSON.parse of the same text, and all
// fixtures. Prints a table and exits 1 when a figure is over its budget.
import { benchCapture, CAPTURE_BUDGET } from '../lib/capture/bench';
import { loadRules } from '../lib/catalog/load';
import { benchClassify, benchTriage } from '../lib/classify/bench';
import { calibrations, wrappedCrossings } from '../lib/classify/bench-calibration';
import type { Lang } from '../lib/i18n/lang';
import { benchSearch, INDEX_BEFORE } from '../lib/search/bench';
import { compareWithMiniSearch } from '../lib/search/compare';
import { benchMask } from '../lib/share/bench';

const ms = (n: number) => `${n.toFixed(3)} ms`;
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
let over = false;
const budget = (ok: boolean) => {
  if (!ok) over = true;
  return ok ? 'within budget' : 'OVER BUDGET';
};

const search = benchSearch();
console.log(`Search (${search.queries} queries x ${search.runs} runs, both languages, Node ${process.version})`);
console.log(
  `  median ${ms(search.medianMs)}, p95 ${ms(search.p95Ms)} (budget 2 ms: ${budget(search.p95Ms < 2)}), max ${ms(search.maxMs)}`,
);
for (const [lang, size] of Object.entries(search.indexBytes)) {
  const ratio = size.gzip / INDEX_BEFORE[lang as Lang];
  console.log(
    `  index ${lang}: ${kib(size.raw)} raw, ${kib(size.gzip)} gzip, ${ratio.toFixed(2)} x before issue 28 (budget 1.5: ${budget(ratio <= 1.5)}); setup ${ms(search.setupMs[lang as Lang])}`,
  );
}

const rows = compareWithMiniSearch();
const pct = (n: number) => `${(n * 100).toFixed(0)}%`.padStart(5);
const SETS = {
  tuned: 'the tuned set (lib/search/questions.ts, messages, codes; both sites)',
  blind: "the blind set (lib/search/blind-questions.json, never tuned on; its language's site)",
  'blind-2': "the second blind set (lib/search/blind-questions-2.json, never tuned on; its language's site)",
  'blind-3': "the third blind set (lib/search/blind-questions-3.json, never tuned on; its language's site)",
} as const;
for (const set of ['tuned', 'blind', 'blind-2', 'blind-3'] as const) {
  console.log(`Search side by side on ${SETS[set]}: this ranker | MiniSearch`);
  console.log('  kind               lang  cases   top-1 (ours | mini)   top-3 (ours | mini)   p95 ms (ours | mini)');
  const these = rows.filter((r) => r.set === set);
  for (const r of these) {
    console.log(
      `  ${r.kind.padEnd(18)} ${r.lang.padEnd(4)} ${String(r.cases).padStart(5)}   ${pct(r.ours.top1)} | ${pct(r.minisearch.top1)}         ${pct(r.ours.top3)} | ${pct(r.minisearch.top3)}         ${r.ours.p95Ms.toFixed(3)} | ${r.minisearch.p95Ms.toFixed(3)}`,
    );
  }
  const total = (name: 'ours' | 'minisearch', k: 'top1' | 'top3') =>
    these.reduce((sum, r) => sum + r[name][k] * r.cases, 0) / these.reduce((sum, r) => sum + r.cases, 0);
  console.log(
    `  all                     ${String(these.reduce((n, r) => n + r.cases, 0)).padStart(5)}   ${pct(total('ours', 'top1'))} | ${pct(total('minisearch', 'top1'))}         ${pct(total('ours', 'top3'))} | ${pct(total('minisearch', 'top3'))}`,
  );
  const behind = these.filter((r) => r.ours.top1 < r.minisearch.top1 || r.ours.top3 < r.minisearch.top3);
  console.log(
    `  ahead of (or level with) MiniSearch in every kind and language: ${behind.length ? `no (${behind.map((r) => `${r.kind} ${r.lang}`).join(', ')})` : 'yes'}`,
  );
}

const classify = benchClassify(loadRules());
console.log(`Classifier (medians of ${classify.runs} runs)`);
for (const c of classify.cases) {
  console.log(
    `  ${c.name} (${kib(c.bytes)}): classify ${ms(c.classifyMs)}, JSON.parse ${ms(c.jsonParseMs)}, ratio ${c.ratio.toFixed(2)}`,
  );
}
for (const c of classify.cases) {
  console.log(
    `  ratio on ${c.name}: ${c.ratio.toFixed(2)} (budget ${classify.budget}: ${budget(c.ratio <= classify.budget)})`,
  );
}
console.log(`  all ${classify.fixtures} fixtures: ${ms(classify.fixturesMs)}`);

console.log('Calibration: right on the source, and how many "high" verdicts a label contradicts (goal: 0)');
console.log('  corpus      cases   source right   high   wrong high');
for (const c of calibrations(loadRules())) {
  const share = `${c.rightSource} (${((c.rightSource / c.cases) * 100).toFixed(1)}%)`;
  console.log(
    `  ${c.corpus.padEnd(10)} ${String(c.cases).padStart(5)}   ${share.padStart(12)}   ${String(c.high).padStart(4)}   ${String(c.wrongHigh.length).padStart(10)}  (${budget(c.wrongHigh.length === 0)})`,
  );
}
const wrapped = wrappedCrossings(loadRules());
console.log(
  `  fixtures in up to three wrappers (${wrapped.runs} compositions): other side named ${wrapped.crossed} (${((wrapped.crossed / wrapped.runs) * 100).toFixed(1)}%), of them high ${wrapped.crossedHigh} (${budget(wrapped.crossedHigh === 0)}); unknown ${wrapped.unknown}`,
);

const mask = benchMask();
console.log('Masking (medians)');
for (const m of mask)
  console.log(
    `  ${m.name} (${kib(m.bytes)}): ${ms(m.ms)}, JSON.parse ${ms(m.jsonParseMs)}, ratio ${m.ratio.toFixed(1)}`,
  );

const tri = benchTriage(loadRules());
console.log(`Whole-capture triage (medians of alternated runs)`);
console.log(
  `  HAR of ${tri.entries} entries (${kib(tri.bytes)}), ${tri.groups} groups: triage ${ms(tri.triageMs)}, JSON.parse ${ms(tri.jsonParseMs)}, ratio ${tri.ratio.toFixed(1)}`,
);

// Capture views (issue 30): an export or a HAR read whole (judged, grouped, timeline, rate limits, timing) against parsing it alone.
console.log(`Capture views (medians of alternated runs; budget ${CAPTURE_BUDGET} x the parse)`);
for (const f of benchCapture(loadRules()))
  console.log(
    `  ${f.name}: ${kib(f.bytes)}, ${f.rows} rows, ${f.groups} groups${f.judged ? `, ${f.judged} judged` : ''}: read ${ms(f.readMs)}, parse ${ms(f.parseMs)}, ratio ${f.ratio.toFixed(2)} (${budget(f.ratio <= CAPTURE_BUDGET)})`,
  );

process.exit(over ? 1 : 0);
