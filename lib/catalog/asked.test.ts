import { describe, expect, it } from 'vitest';
import { loadCatalog } from './load';
import { EntryMeta } from './schema';

const catalog = loadCatalog();
const errors = catalog.entries;

describe('asked: how people ask about each entry', () => {
  it('rejects a block with fewer than eight questions in a language, or an empty one', () => {
    const meta = { ...errors[0]!.meta };
    const eight = Array.from({ length: 8 }, (_, i) => `question ${i}`);
    expect(EntryMeta.safeParse({ ...meta, asked: { zh: eight, en: eight } }).success).toBe(true);
    expect(EntryMeta.safeParse({ ...meta, asked: { zh: eight.slice(1), en: eight } }).success).toBe(false);
    expect(EntryMeta.safeParse({ ...meta, asked: { zh: eight, en: [...eight.slice(1), '  '] } }).success).toBe(false);
    expect(EntryMeta.safeParse({ ...meta, asked: { zh: eight, en: eight, sources: ['not a url'] } }).success).toBe(
      false,
    );
  });

  it('gives every entry at least eight distinct questions in each language', () => {
    expect(errors.length).toBeGreaterThan(50);
    const missing = errors.filter((e) => !e.meta.asked).map((e) => e.slug);
    expect(missing, 'entries without asked:').toEqual([]);
    for (const e of errors) {
      for (const lang of ['zh', 'en'] as const) {
        const qs = e.meta.asked![lang].map((q) => q.trim());
        expect(new Set(qs.map((q) => q.toLowerCase())).size, `${e.slug} ${lang}: distinct`).toBeGreaterThanOrEqual(8);
        for (const q of qs) expect(q.length, `${e.slug} ${lang}: empty question`).toBeGreaterThan(0);
      }
    }
  });

  it('writes the Chinese questions in Chinese and the English ones mostly in English', () => {
    for (const e of errors.filter((x) => x.meta.asked)) {
      const { zh, en } = e.meta.asked!;
      const han = (q: string) => /\p{Script=Han}/u.test(q);
      expect(zh.filter(han).length, `${e.slug} zh`).toBeGreaterThanOrEqual(Math.ceil(zh.length * 0.75));
      expect(en.filter((q) => !han(q)).length, `${e.slug} en`).toBeGreaterThanOrEqual(Math.ceil(en.length * 0.75));
    }
  });

  it('never repeats a question verbatim across entries', () => {
    const seen = new Map<string, string>();
    const dupes: string[] = [];
    for (const e of errors) {
      if (!e.meta.asked) continue;
      for (const q of [...e.meta.asked.zh, ...e.meta.asked.en]) {
        const key = q.trim().toLowerCase();
        const other = seen.get(key);
        if (other && other !== e.slug) dupes.push(`"${q}" in ${other} and ${e.slug}`);
        seen.set(key, e.slug);
      }
    }
    expect(dupes).toEqual([]);
  });

  it('cites only real thread and documentation addresses, each at most once per entry', () => {
    for (const e of errors) {
      const sources = e.meta.asked?.sources ?? [];
      expect(new Set(sources).size, e.slug).toBe(sources.length);
      for (const s of sources)
        // BlueKing's own repositories and documentation first; an ops writer's page where people ask it there.
        expect(s, e.slug).toMatch(
          /^https?:\/\/(?!(?:[\w-]+\.)*(?:example\.(?:com|org|net)|localhost)\b)[\w.-]+\.[a-z]{2,}\/\S+$/,
        );
    }
  });
});
