// The catalog held to its reference (content/reference/gateway-texts.jsonl, read from every release branch of
// the gateway's and the ESB's source): every text it can send is explained by exactly one entry whose page names
// it, every release note's range agrees with the releases its texts exist on, and every text, pasted as the
// gateway sends it, reaches its entry through the classifier and the search in both languages.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify';
import { catalogJson } from './catalog-json';
import { loadCatalog, loadRules, type Entry } from './load';
import {
  checkedAgainst,
  fixedParts,
  hasFixedWords,
  loadReference,
  names,
  rawResponse,
  releasesOf,
  sentForm,
  type TextRow,
} from './reference';
import misses from './reference-misses.json';
import { RELEASE_NAMES, type Release } from './releases';
import { LANGS, type Lang } from '../i18n/lang';
import { buildSearchIndex } from '../search/build-index';
import { createSearcher } from '../search/rank';

const catalog = loadCatalog();
const rows = loadReference();
/** Texts with words of their own that a caller can receive with a code. */
const coded = rows.filter((r) => hasFixedWords(r) && r.code !== null);
const label = (r: TextRow) => `${r.code} ${r.where} ${r.template}`;

/** The entries that say they explain a text: its template in their `texts`, with the text's code where one has it. */
function owners(row: TextRow): Entry[] {
  const listing = catalog.entries.filter((e) => e.meta.texts.includes(row.template));
  const ofCode = listing.filter((e) => e.meta.code === row.code);
  return catalog.entries.some((e) => e.meta.code === row.code) ? ofCode : listing;
}

/** What an entry's page shows a reader in one language, its list of texts left out (that list proves nothing). */
function pageText(entry: Entry, lang: Lang): string {
  const { meta, docs } = entry;
  return [
    meta.message,
    ...meta.match,
    ...meta.match_exact,
    ...meta.reasons.map((r) => r.text),
    ...meta.releases.map((r) => r[lang]),
    meta.example.body,
    ...Object.values(meta.example.headers),
    docs[lang].frontmatter.summary,
    docs[lang].body,
  ].join('\n');
}

describe('the reference', () => {
  it('is read whole, with the release it was last checked against', () => {
    expect(rows.filter((r) => r.kind === 'gateway')).toHaveLength(192);
    expect(rows.filter((r) => r.kind === 'esb')).toHaveLength(117);
    expect(checkedAgainst()).toEqual({
      release: RELEASE_NAMES[RELEASE_NAMES.length - 1],
      commit: '8496648a68',
      date: '2026-05-29',
    });
  });

  it('is stated in /catalog.json, with the texts each entry explains', () => {
    const json = catalogJson(catalog);
    expect(json.checked_against).toEqual(checkedAgainst());
    expect(json.entries.find((e) => e.slug === 'bad-gateway-dns-failure')!.texts).toContain(
      '502 Bad Gateway: parse backend host fail, no valid ip found',
    );
  });

  it('gives every text its fixed words', () => {
    expect(fixedParts('failed to request <url>, <err>')).toEqual(['failed to request']);
    expect(fixedParts('status <status>, not 200')).toEqual(['status', 'not 200']);
    expect(names('The reason reads `status 502, not 200`.', 'status <status>, not 200')).toBe(true);
    expect(names('The reason reads `status 502`.', 'status <status>, not 200')).toBe(false);
  });
});

describe('every text is named', () => {
  it.each(coded.map((r) => [label(r), r] as const))('%s: by exactly one entry, whose page names it', (_, row) => {
    const found = owners(row);
    expect(
      found.map((e) => e.slug),
      'entries listing it in texts',
    ).toHaveLength(1);
    for (const lang of LANGS) expect(names(pageText(found[0]!, lang), row.template), lang).toBe(true);
  });

  it('lists in texts only texts of the reference, each once', () => {
    const templates = new Set(rows.map((r) => r.template));
    for (const entry of catalog.entries) {
      for (const t of entry.meta.texts) expect(templates.has(t), `${entry.slug}: ${t}`).toBe(true);
      expect(new Set(entry.meta.texts).size, entry.slug).toBe(entry.meta.texts.length);
    }
  });

  it("names the ESB's own pages on the ESB page, in both languages", () => {
    const esb = catalog.pages.get('esb')!;
    for (const row of rows.filter((r) => r.kind === 'esb' && r.where === 'page'))
      for (const lang of LANGS) expect(names(esb[lang].body, row.template), `${lang} ${row.template}`).toBe(true);
  });
});

/** The numbered releases a note's range covers. */
function span(from: Release | undefined, until: Release | undefined): Release[] {
  const a = from ? RELEASE_NAMES.indexOf(from) : 0;
  const b = until ? RELEASE_NAMES.indexOf(until) : RELEASE_NAMES.length - 1;
  return RELEASE_NAMES.slice(a, b + 1);
}

const notes = catalog.entries.flatMap((e) =>
  e.meta.releases.map((note, k) => [`${e.slug} #${k + 1}`, e, note] as const),
);

describe('every release claim is checked', () => {
  it.each(notes)('%s: its range agrees with the source', (_, entry, note) => {
    const range = span(note.from, note.until);
    for (const template of note.texts) {
      const candidates = rows.filter((r) => r.template === template && r.kind === 'gateway');
      expect(candidates.length, `${template} is a gateway text of the reference`).toBeGreaterThan(0);
      const row = candidates.find((r) => r.code === entry.meta.code) ?? candidates[0]!;
      const exists = releasesOf(row);
      expect(
        range.filter((r) => !exists.includes(r)),
        `releases of the range without "${template}"`,
      ).toEqual([]);
    }
    if (note.source.length) {
      const cited = note.source.map((c) => c.split(' ')[0]!.replace(/^release\//, ''));
      for (const c of cited) expect([...range, 'master'], `cited ${c}`).toContain(c);
      // Both ends of the range it speaks of are cited: its first release, and its last (or master if open).
      expect(cited, 'the first release of the range').toContain(range[0]);
      expect(cited, 'the last release of the range').toContain(note.until ?? 'master');
    }
  });
});

type Miss = { template: string; code: number; check: 'classify' | 'search:zh' | 'search:en'; reason: string };
const listed = misses as Miss[];
const missing = (row: TextRow, check: Miss['check']) =>
  listed.some((m) => m.template === row.template && m.code === row.code && m.check === check);

const rules = loadRules();
const searchers = Object.fromEntries(LANGS.map((l) => [l, createSearcher(buildSearchIndex(catalog, l))])) as Record<
  Lang,
  ReturnType<typeof createSearcher>
>;

describe('every text reaches its entry', () => {
  it.each(coded.map((r) => [label(r), r] as const))('%s', (_, row) => {
    const owner = owners(row)[0]?.slug;
    expect(owner, 'its entry').toBeDefined();
    const form = sentForm(row);
    const result = classify(rawResponse(form), rules);
    expect(result.source, 'the system that wrote it').toBe(row.kind);
    const got = result.entry;
    if (missing(row, 'classify')) expect(got, 'listed as a miss: remove it from the list').not.toBe(owner);
    else expect(got, 'the classifier').toBe(owner);
    for (const lang of LANGS) {
      const top = searchers[lang].search(rawResponse(form), 3).map((r) => r.slug);
      if (missing(row, `search:${lang}`)) expect(top, `${lang}: listed as a miss`).not.toContain(owner);
      else expect(top, `${lang} search`).toContain(owner);
    }
  });

  it('lists only misses of texts in the reference, each with a reason', () => {
    for (const m of listed) {
      expect(
        coded.some((r) => r.template === m.template && r.code === m.code),
        m.template,
      ).toBe(true);
      expect(m.reason.length, m.template).toBeGreaterThan(20);
    }
  });
});
