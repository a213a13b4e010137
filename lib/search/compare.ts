/**
 * The benchmark's side-by-side (`npm run bench`): the project's ranker and MiniSearch (a dev dependency,
 * given the same documents, entries and site pages, a tokenizer that cuts Chinese with Intl.Segmenter plus
 * character pairs, fuzzy and prefix matching and field boosts) on two sets of questions:
 *
 * - the tuned set: the project's own questions (lib/search/questions.ts), every entry's message as pasted and
 *   every code and status typed alone, on both sites;
 * - the blind set (lib/search/blind-questions.json): 150 questions written by a helper who never read the
 *   ranker, from real threads and by analogy with them, kept out of every table the ranker is tuned on; each
 *   asked on the site of its language;
 * - a second blind set (lib/search/blind-questions-2.json): 120 more, by another helper, after the first had
 *   been measured many times;
 * - a third (lib/search/blind-questions-3.json): 120 more, by a third helper, after the second had been seen as
 *   whole tables by two rounds of ranking work.
 *
 * Figures by kind and language, top-1 and top-3. Node only.
 */
import MiniSearch from 'minisearch';
import { loadCatalog } from '@/lib/catalog/load';
import { LANGS, type Lang } from '@/lib/i18n/lang';
import blind2 from './blind-questions-2.json';
import blind3 from './blind-questions-3.json';
import blind from './blind-questions.json';
import { buildSearchIndex, type PageDoc, type SearchDoc } from './build-index';
import { answers, QUESTIONS, type Question } from './questions';
import { createSearcher } from './rank';

type Case = { query: string; entry: string; top?: 3; kind: string; site?: Lang };
export type EngineFigures = { top1: number; top3: number; p95Ms: number };
export type CompareRow = {
  set: 'tuned' | 'blind' | 'blind-2' | 'blind-3';
  kind: string;
  lang: Lang;
  cases: number;
  ours: EngineFigures;
  minisearch: EngineFigures;
};

const CJK_RUN = /[\u3400-\u9fff]+/g;
const CJK = /[\u3400-\u9fff]/;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike) out.push(s.segment);
  for (const [run] of text.matchAll(CJK_RUN)) for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

type MiniDoc = { id: string } & Record<string, string>;

function miniSearcher(docs: SearchDoc[], pages: PageDoc[]) {
  const mini = new MiniSearch<MiniDoc>({
    fields: ['title', 'message', 'keywords', 'other', 'code', 'code_name', 'status', 'reasons', 'summary', 'text'],
    tokenize,
    searchOptions: {
      boost: { title: 3, message: 2, keywords: 2, code: 3, code_name: 3, status: 2, other: 1.5 },
      fuzzy: 0.2,
      prefix: true,
      combineWith: 'OR',
    },
  });
  mini.addAll(
    docs.map((d) => ({
      id: d.slug,
      title: d.title,
      message: d.message,
      keywords: [...d.keywords, d.asked].join(' '),
      other: d.other.join(' '),
      code: String(d.code ?? ''),
      code_name: d.code_name ?? '',
      status: String(d.status),
      reasons: d.reasons.map((r) => r.text).join(' '),
      summary: d.summary,
      text: d.sections.map((s) => s.text).join(' '),
    })),
  );
  mini.addAll(pages.map((p) => ({ id: `page:${p.path}`, title: `${p.page} ${p.title}`, text: p.text }) as MiniDoc));
  return (q: string) => mini.search(q).map((r) => String(r.id));
}

type BlindQuestion = { query: string; expect: string | null; top?: number; family: string; lang: Lang };

/** A blind set as the benchmark reads it: `page:headers` → `page:/headers/`, null → `none`. */
export function blindCases(set: readonly BlindQuestion[] = blind as BlindQuestion[]): Case[] {
  return set.map((b) => ({
    query: b.query,
    entry: b.expect === null ? 'none' : b.expect.startsWith('page:') ? `page:/${b.expect.slice(5)}/` : b.expect,
    ...(b.top === 3 && { top: 3 as const }),
    kind: b.family,
    site: b.lang,
  }));
}

function tunedCases(): Case[] {
  const catalog = loadCatalog();
  const out: Case[] = QUESTIONS.map((q: Question) => ({ ...q }));
  for (const e of catalog.entries)
    if (e.meta.message) out.push({ query: e.meta.message, entry: e.slug, kind: 'message' });
  const firstWith = (test: (e: (typeof catalog.entries)[number]) => boolean) => catalog.entries.find(test)!.slug;
  for (const code of new Set(catalog.entries.map((e) => e.meta.code).filter((c) => c !== null)))
    out.push({ query: String(code), entry: firstWith((e) => e.meta.code === code), kind: 'code or status' });
  for (const status of new Set(catalog.entries.map((e) => e.meta.status)))
    out.push({
      query: String(status),
      entry: firstWith((e) => e.meta.status === status),
      top: 3,
      kind: 'code or status',
    });
  return out;
}

const p95 = (times: number[]) => [...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)] ?? 0;

/** Every case's language: where it is asked (its `site`, else both sites), and the script it is written in. */
function runs(c: Case): Lang[] {
  return c.site ? [c.site] : [...LANGS];
}

export function compareWithMiniSearch(runsPerCase = 10): CompareRow[] {
  const catalog = loadCatalog();
  const engines = Object.fromEntries(
    LANGS.map((lang) => {
      const index = buildSearchIndex(catalog, lang);
      const ours = createSearcher(index);
      return [
        lang,
        { ours: (q: string) => ours.search(q).map((r) => r.slug), minisearch: miniSearcher(index.docs, index.pages) },
      ];
    }),
  ) as Record<Lang, Record<'ours' | 'minisearch', (q: string) => string[]>>;
  const rows: CompareRow[] = [];
  for (const [set, cases] of [
    ['tuned', tunedCases()],
    ['blind', blindCases()],
    ['blind-2', blindCases(blind2 as BlindQuestion[])],
    ['blind-3', blindCases(blind3 as BlindQuestion[])],
  ] as const) {
    // By kind, and by the language the question is written in (a Chinese question asked on both sites is Chinese).
    const groups = new Map<string, { kind: string; lang: Lang; cases: Case[] }>();
    for (const c of cases) {
      const lang: Lang = CJK.test(c.query) ? 'zh' : 'en';
      const key = `${c.kind}\u0000${lang}`;
      (groups.get(key) ?? groups.set(key, { kind: c.kind, lang, cases: [] }).get(key)!).cases.push(c);
    }
    for (const { kind, lang, cases: these } of groups.values()) {
      const figures = (name: 'ours' | 'minisearch'): EngineFigures => {
        let top1 = 0;
        let top3 = 0;
        let n = 0;
        const times: number[] = [];
        for (const c of these)
          for (const site of runs(c)) {
            const search = engines[site][name];
            for (let r = 0; r < 3; r++) search(c.query);
            const found = search(c.query);
            n++;
            if (answers(c, found)) top1++;
            if (answers({ entry: c.entry, top: 3 }, found)) top3++;
            for (let r = 0; r < runsPerCase; r++) {
              const t0 = performance.now();
              search(c.query);
              times.push(performance.now() - t0);
            }
          }
        return { top1: top1 / n, top3: top3 / n, p95Ms: p95(times) };
      };
      const cases = these.reduce((k, c) => k + runs(c).length, 0);
      rows.push({ set, kind, lang, cases, ours: figures('ours'), minisearch: figures('minisearch') });
    }
  }
  return rows.sort(
    (a, b) => a.set.localeCompare(b.set) * -1 || a.kind.localeCompare(b.kind) || a.lang.localeCompare(b.lang),
  );
}
