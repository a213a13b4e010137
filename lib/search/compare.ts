/**
 * The benchmark's side-by-side (`npm run bench`): the project's ranker and MiniSearch (a dev dependency,
 * given the same documents, a tokenizer that cuts Chinese with Intl.Segmenter plus character pairs, fuzzy
 * and prefix matching and field boosts) on the project's own questions (lib/search/questions.ts), every
 * entry's message as pasted, and every code and status typed alone; on both sites. Node only.
 */
import MiniSearch from 'minisearch';
import { loadCatalog } from '@/lib/catalog/load';
import { LANGS } from '@/lib/i18n/lang';
import { buildSearchIndex, type SearchDoc } from './build-index';
import { QUESTIONS, type Question } from './questions';
import { createSearcher } from './rank';

type Case = { query: string; entry: string; top: number; kind: string };
export type EngineFigures = { top1: number; top3: number; p95Ms: number };
export type CompareRow = { kind: string; cases: number; ours: EngineFigures; minisearch: EngineFigures };

const CJK_RUN = /[\u3400-\u9fff]+/g;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });

function tokenize(text: string): string[] {
  const out: string[] = [];
  for (const s of segmenter.segment(text)) if (s.isWordLike) out.push(s.segment);
  for (const [run] of text.matchAll(CJK_RUN)) for (let i = 0; i + 1 < run.length; i++) out.push(run.slice(i, i + 2));
  return out;
}

function miniSearcher(docs: SearchDoc[]) {
  const mini = new MiniSearch<SearchDoc & { id: string }>({
    fields: ['title', 'message', 'keywords', 'other', 'code', 'code_name', 'status', 'reasons', 'summary', 'text'],
    extractField: (doc, field) => {
      const v = (doc as unknown as Record<string, unknown>)[field];
      if (field === 'reasons') return (v as SearchDoc['reasons']).map((r) => r.text).join(' ');
      return Array.isArray(v) ? v.join(' ') : String(v ?? '');
    },
    tokenize,
    searchOptions: {
      boost: { title: 3, message: 2, keywords: 2, code: 3, code_name: 3, status: 2, other: 1.5 },
      fuzzy: 0.2,
      prefix: true,
      combineWith: 'OR',
    },
  });
  mini.addAll(docs.map((d) => ({ ...d, id: d.slug })));
  return (q: string) => mini.search(q).map((r) => String(r.id));
}

function cases(): Case[] {
  const catalog = loadCatalog();
  const out: Case[] = QUESTIONS.map((q: Question) => ({ ...q, top: q.top ?? 1 }));
  for (const e of catalog.entries)
    if (e.meta.message) out.push({ query: e.meta.message, entry: e.slug, top: 1, kind: 'message' });
  const firstWith = (test: (e: (typeof catalog.entries)[number]) => boolean) => catalog.entries.find(test)!.slug;
  for (const code of new Set(catalog.entries.map((e) => e.meta.code).filter((c) => c !== null)))
    out.push({ query: String(code), entry: firstWith((e) => e.meta.code === code), top: 1, kind: 'code or status' });
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

export function compareWithMiniSearch(runs = 10): CompareRow[] {
  const catalog = loadCatalog();
  const all = cases();
  const engines = LANGS.map((lang) => {
    const index = buildSearchIndex(catalog, lang);
    const ours = createSearcher(index);
    return { ours: (q: string) => ours.search(q).map((r) => r.slug), minisearch: miniSearcher(index.docs) };
  });
  const kinds = [...new Set(all.map((c) => c.kind))];
  return kinds.map((kind) => {
    const these = all.filter((c) => c.kind === kind);
    const figures = (name: 'ours' | 'minisearch'): EngineFigures => {
      let top1 = 0;
      let top3 = 0;
      const times: number[] = [];
      for (const engine of engines) {
        const search = engine[name];
        // Warm up, as a tab is after its first few keystrokes.
        for (let r = 0; r < 3; r++) for (const c of these) search(c.query);
        for (const c of these) {
          const found = search(c.query);
          if (found.slice(0, c.top).includes(c.entry)) top1++;
          if (found.slice(0, 3).includes(c.entry)) top3++;
          for (let r = 0; r < runs; r++) {
            const t0 = performance.now();
            search(c.query);
            times.push(performance.now() - t0);
          }
        }
      }
      const n = these.length * engines.length;
      return { top1: top1 / n, top3: top3 / n, p95Ms: p95(times) };
    };
    return { kind, cases: these.length * engines.length, ours: figures('ours'), minisearch: figures('minisearch') };
  });
}
