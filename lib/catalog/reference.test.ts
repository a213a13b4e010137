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
  noteProblems,
  rawResponse,
  sentForm,
  type TextRow,
} from './reference';
import misses from './reference-misses.json';
import { RELEASE_NAMES } from './releases';
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

const notes = catalog.entries.flatMap((e) =>
  e.meta.releases.map((note, k) => [`${e.slug} #${k + 1}`, e, note] as const),
);

describe('every release claim is checked', () => {
  it.each(notes)('%s: its range agrees with the source', (_, entry, note) => {
    expect(noteProblems(note, entry.meta.code)).toEqual([]);
  });

  it('catches the claims the source disproved', () => {
    // access-token-invalid said release 1.15-1.16 sent the 500 form; only the pre-release branch had it.
    const token500 = {
      from: '1.15' as const,
      until: '1.16' as const,
      texts: [
        'failed to request third-party api, url: <url>, request_id: <request_id>, result.code!=0, status: <status>, response: <body>',
      ],
      source: [],
    };
    expect(noteProblems(token500, 1650001)).toEqual([expect.stringContaining('does not exist on release/1.15, 1.16')]);
    // bad-gateway-dns-failure gave release 1.19 and earlier the 1.20 body.
    const dns = {
      until: '1.19' as const,
      texts: ['502 Bad Gateway: parse backend host fail, no valid ip found'],
      source: [],
    };
    expect(noteProblems(dns, 1650200)[0]).toMatch(
      /does not exist on release\/1\.10, 1\.11, 1\.12, 1\.13, 1\.15, 1\.16, 1\.17, 1\.18, 1\.19$/,
    );
    // A behaviour claim must cite both ends of its range, and nothing outside it.
    const cited = {
      from: '1.12' as const,
      until: '1.13' as const,
      texts: [],
      source: ['release/1.12 a.lua:1', 'release/1.19 a.lua:1'],
    };
    expect(noteProblems(cited, null)).toEqual([
      'cites 1.19, outside the range',
      'no citation on release/1.13, the end of the range',
    ]);
    expect(noteProblems({ ...cited, texts: ['no such text'], source: [] }, null)).toEqual([
      '"no such text" is not a gateway text of the reference',
    ]);
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
