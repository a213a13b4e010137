import { describe, expect, it } from 'vitest';
import { classifyEntriesJson } from './entries-json';
import { parseBlocks } from './markdown';
import { loadCatalog, loadRules } from '../catalog/load';
import { LANGS } from '../i18n/lang';

const data = classifyEntriesJson(loadCatalog());

describe('classify-entries.json', () => {
  it('has the words of every entry the classifier can name, in both languages', () => {
    for (const { slug } of loadRules()) {
      const e = data.entries[slug]!;
      expect(e, slug).toBeDefined();
      for (const l of LANGS) {
        expect(e.title[l], `${slug} ${l} title`).toBeTruthy();
        expect(e.cause[l], `${slug} ${l} cause`).toBeTruthy();
        expect(e.fix[l], `${slug} ${l} fix`).toBeTruthy();
        for (const [id, r] of Object.entries(e.reasons)) expect(r.body[l], `${slug}#${id} ${l}`).toBeTruthy();
        expect(() => parseBlocks(e.cause[l] + e.fix[l])).not.toThrow();
      }
    }
  });

  it('has every guide case a backend verdict points at, without its long examples', () => {
    for (const anchor of [
      'steps',
      'access-layer-page',
      'backend-service-response',
      'backend-415',
      'backend-308',
      'backend-ip-allowlist',
    ]) {
      for (const l of LANGS) expect(data.guide[anchor]?.body[l], `${anchor} ${l}`).toBeTruthy();
    }
    // The guide's example responses stay: the page folds them under the case's words.
    for (const l of LANGS) expect(data.guide['access-layer-page']!.body[l]).toContain('<center>nginx/1.15.5</center>');
  });
});
