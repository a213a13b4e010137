import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadVocabulary, readVocabulary } from './vocabulary';

describe('the vocabulary of the trade', () => {
  const concepts = loadVocabulary();

  it('has concepts in both languages, each with a source, each word in one concept only', () => {
    expect(concepts.length).toBeGreaterThanOrEqual(30);
    const owner = new Map<string, string>();
    for (const c of concepts) {
      expect(c.zh.length * c.en.length, c.id).toBeGreaterThan(0);
      expect(
        c.sources.every((s) => s.startsWith('https://')),
        c.id,
      ).toBe(true);
      for (const w of [...c.zh, ...c.en]) {
        const key = w.normalize('NFKC').toLowerCase();
        expect(owner.get(key) ?? c.id, `${w} in ${c.id} and ${owner.get(key)}`).toBe(c.id);
        owner.set(key, c.id);
      }
    }
    // The examples are all there, under one concept.
    for (const w of ['限频', '限流', '流控', '频控', 'throttled']) expect(owner.get(w)).toBe('rate-limit');
  });

  it('names the file and the field when a concept is malformed', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vocab-'));
    fs.writeFileSync(
      path.join(dir, 'vocabulary.yaml'),
      'concepts:\n  - id: x\n    zh: [限流]\n    en: []\n    sources: []\n',
    );
    expect(() => readVocabulary(dir)).toThrow(/vocabulary\.yaml: concepts\.0\.en/);
  });
});
