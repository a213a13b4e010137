import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { LANGS } from '@/lib/i18n/lang';
import { buildSearchIndex } from './build-index';
import { QUESTIONS } from './questions';
import { createSearcher } from './rank';

const catalog = loadCatalog();
const CJK = /[\u4e00-\u9fff]/;

describe('the table of questions', () => {
  it('holds at least 80 questions, half of them Chinese, every entry real', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(80);
    expect(QUESTIONS.filter((q) => CJK.test(q.query)).length * 2).toBeGreaterThanOrEqual(QUESTIONS.length);
    for (const q of QUESTIONS) expect(catalog.bySlug.has(q.entry), q.entry).toBe(true);
  });
});

describe.each(LANGS)('questions on the %s site', (lang) => {
  const searcher = createSearcher(buildSearchIndex(catalog, lang));
  it.each(QUESTIONS)('$query -> $entry', ({ query, entry, top = 1 }) => {
    const found = searcher.search(query).map((r) => r.slug);
    expect(found.slice(0, top), `${query}: ${found.slice(0, 5).join(', ')}`).toContain(entry);
  });
});
