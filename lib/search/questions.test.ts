import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { LANGS } from '@/lib/i18n/lang';
import { buildSearchIndex } from './build-index';
import { answers, QUESTIONS } from './questions';
import { createSearcher } from './rank';

const catalog = loadCatalog();
const CJK = /[\u4e00-\u9fff]/;

describe('the table of questions', () => {
  it('holds at least 80 questions, half of them Chinese, every entry real', () => {
    expect(QUESTIONS.length).toBeGreaterThanOrEqual(80);
    expect(QUESTIONS.filter((q) => CJK.test(q.query)).length * 2).toBeGreaterThanOrEqual(QUESTIONS.length);
    for (const q of QUESTIONS)
      if (q.entry !== 'none' && !q.entry.startsWith('page:')) expect(catalog.bySlug.has(q.entry), q.entry).toBe(true);
  });
});

describe.each(LANGS)('questions on the %s site', (lang) => {
  const searcher = createSearcher(buildSearchIndex(catalog, lang));
  it.each(QUESTIONS.filter((q) => !q.miss && (!q.site || q.site === lang)))('$query -> $entry', (q) => {
    const found = searcher.search(q.query).map((r) => r.slug);
    expect(answers(q, found), `${q.query}: ${found.slice(0, 5).join(', ')}`).toBe(true);
  });
});
