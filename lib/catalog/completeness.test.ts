import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { classify } from '../classify';
import { catalogJson } from './catalog-json';
import { exampleResponse } from './example';
import { loadCatalog, loadRules } from './load';

// The reference and the contract live in ../shared beside the repository (CI has it there too).
const shared = path.resolve('..', 'shared');
const reference = fs.readFileSync(path.join(shared, 'reference/gateway-errors.md'), 'utf8');
const contract = fs.readFileSync(path.join(shared, 'contract/urls.md'), 'utf8');
const catalog = loadCatalog();

describe('the catalog is complete', () => {
  it('has an entry for every code and code_name in the reference table', () => {
    const rows = [...reference.matchAll(/^\| (16\d{5}) \| ([A-Za-z0-9_]+) \|/gm)].map(([, code, name]) => [
      Number(code),
      name,
    ]);
    expect(rows.length).toBeGreaterThanOrEqual(25);
    for (const [code, name] of rows) {
      expect(
        catalog.entries.some((e) => e.meta.code === code && e.meta.code_name === name),
        `${code} ${name}`,
      ).toBe(true);
    }
  });

  it('has an entry for the old gateway codes and every legacy ESB code', () => {
    const esb = [...reference.matchAll(/\b(1306\d{3})\b/g)].map(([, c]) => Number(c));
    for (const code of [1640501, 1650003, ...new Set(esb)]) {
      expect(
        catalog.entries.some((e) => e.meta.code === code),
        String(code),
      ).toBe(true);
    }
  });

  it('has every slug of the contract, and every upstream_error text of the reference as a match', () => {
    const slugs = [...contract.matchAll(/^\| \d{3} \|.*\| `([a-z0-9-]+)` \|$/gm)].map(([, slug]) => slug!);
    expect(slugs).toHaveLength(24);
    for (const slug of slugs) expect(catalog.bySlug.has(slug), slug).toBe(true);
    const texts = catalog.entries
      .flatMap((e) => [...e.meta.match, ...e.meta.reasons.map((r) => r.text)])
      .join('\n')
      .toLowerCase();
    for (const t of [
      'connection refused',
      'connection reset by peer',
      'connection timed out while connecting to upstream',
      'failed to connect to upstream',
      'cannot read header from upstream',
    ]) {
      expect(texts, t).toContain(t);
    }
  });

  it('gives every entry both languages with a title, summary, cause and fix', () => {
    for (const entry of catalog.entries) {
      for (const doc of Object.values(entry.docs)) {
        expect(doc.frontmatter.title.length, doc.file).toBeGreaterThan(2);
        expect(doc.headingIds, doc.file).toEqual(expect.arrayContaining(['cause', 'fix']));
        expect(doc.body.length, doc.file).toBeGreaterThan(150);
      }
    }
  });
});

describe("every entry's example", () => {
  const rules = loadRules();
  it.each(catalog.entries.map((e) => [e.slug, e] as const))(
    '%s: the classifier assigns its example back to it',
    (slug, entry) => {
      const result = classify(exampleResponse(entry.meta), rules);
      expect(result.entry).toBe(slug);
      expect(result.source).toBe(entry.meta.system === 'none' ? 'unknown' : entry.meta.system);
    },
  );
});

describe('/catalog.json', () => {
  it('carries every entry with both languages and a version', () => {
    const json = catalogJson(catalog);
    expect(json.version).toBe(1);
    expect(json.entries.map((e) => e.slug)).toEqual(catalog.entries.map((e) => e.slug));
    const timeout = json.entries.find((e) => e.slug === 'backend-timeout')!;
    expect(timeout).toMatchObject({
      status: 504,
      code: 1650401,
      code_name: 'REQUEST_BACKEND_TIMEOUT',
      path: { zh: '/zh/errors/backend-timeout/', en: '/en/errors/backend-timeout/' },
    });
    expect(timeout.title.zh).not.toBe(timeout.title.en);
  });
});
