import { describe, expect, it } from 'vitest';
import { loadCatalog } from '@/lib/catalog/load';
import { LANGS } from '@/lib/i18n/lang';
import { buildSearchIndex } from './build-index';
import { createSearcher } from './rank';

const catalog = loadCatalog();
const slugsWhere = (test: (e: (typeof catalog.entries)[number]) => boolean) =>
  catalog.entries.filter(test).map((e) => e.slug);

const body = (code: number, code_name: string, message: string) =>
  JSON.stringify({ code, data: null, code_name, message, result: false }, null, 2);

/** A query and the entry it must put first (and the reason section to land on, when it names one). */
const TABLE: { query: string; first: string; anchor?: string }[] = [
  { query: '1642903', first: 'rate-limit-resource-strategy' },
  { query: 'api-not-found', first: 'api-not-found' },
  { query: 'ip-not-allowed', first: 'ip-not-allowed' },
  { query: '频率', first: 'rate-limit-stage-strategy' },
  { query: '并发', first: 'concurrency-limit-exceeded' },
  { query: '递归', first: 'recursive-request-detected' },
  { query: '超时', first: 'backend-timeout' },
  { query: '４２９', first: slugsWhere((e) => e.meta.status === 429)[0]! },
  { query: 'rate limt', first: 'rate-limit-stage-strategy' },
  { query: 'concurency', first: 'concurrency-limit-exceeded' },
  { query: 'recursve reqest', first: 'recursive-request-detected' },
  {
    query: 'Parameters error [reason="bk_app_code or bk_app_secret is incorrect"]',
    first: 'app-code-or-secret-incorrect',
  },
  { query: 'Parameters error [reason="app code cannot be empty"]', first: 'app-code-cannot-be-empty' },
  {
    query: 'Parameters error [reason="parameter bk_timestamp has expired"]',
    first: 'invalid-args-other-reasons',
    anchor: 'bk-timestamp-expired',
  },
  {
    query: body(1640001, 'INVALID_ARGS', 'Parameters error [reason="app not found"]'),
    first: 'invalid-args-other-reasons',
    anchor: 'app-not-found',
  },
  {
    query: body(1642902, 'RATE_LIMIT_RESTRICTION', 'API rate limit exceeded by stage strategy'),
    first: 'rate-limit-stage-strategy',
  },
  // The body's code decides between two entries that share a message base.
  {
    query:
      '{"code":1640302,"code_name":"IP_NOT_ALLOWED","message":"Request rejected by ip restriction [ip=\\"10.1.2.3\\"]"}',
    first: 'ip-not-allowed',
  },
  {
    query: 'upstream prematurely closed connection while reading response header from upstream',
    first: 'bad-gateway-connection-reset',
  },
  { query: 'Request rejected by ip restriction', first: 'ip-not-allowed' },
  { query: 'app code cannot be empty', first: 'app-code-cannot-be-empty' },
  { query: 'app not found', first: 'invalid-args-other-reasons', anchor: 'app-not-found' },
  { query: 'parameter bk_nonce required', first: 'invalid-args-other-reasons', anchor: 'bk-nonce-required' },
  {
    query: 'the access_token of the user(admin) has expired, please re-authorize',
    first: 'invalid-args-other-reasons',
    anchor: 'user-access-token-expired',
  },
  { query: 'Bad Gateway', first: 'bad-gateway-dns-failure' },
  {
    query: 'Request backend service timeout [upstream_error="cannot read header from upstream"]',
    first: 'backend-timeout',
  },
];

describe.each(LANGS)('search in %s', (lang) => {
  const searcher = createSearcher(buildSearchIndex(catalog, lang));
  const first = (q: string) => searcher.search(q)[0];

  it.each(TABLE)('$query -> $first', ({ query, first: slug, anchor }) => {
    const top = first(query);
    expect(top?.slug).toBe(slug);
    expect(top?.anchor).toBe(anchor);
  });

  it.each([
    ['429', (e: (typeof catalog.entries)[number]) => e.meta.status === 429],
    ['1640001', (e: (typeof catalog.entries)[number]) => e.meta.code === 1640001],
    ['RATE_LIMIT_RESTRICTION', (e: (typeof catalog.entries)[number]) => e.meta.code_name === 'RATE_LIMIT_RESTRICTION'],
  ])('%s lists every entry it names first, together, in catalog order', (query, test) => {
    const group = slugsWhere(test);
    expect(group.length).toBeGreaterThan(0);
    expect(
      searcher
        .search(query, 100)
        .slice(0, group.length)
        .map((r) => r.slug),
    ).toEqual(group);
  });

  it('429 with a word orders the group by the word and keeps it first', () => {
    const results = searcher.search('429 并发').map((r) => r.slug);
    expect(results[0]).toBe('concurrency-limit-exceeded');
    expect(new Set(results.slice(0, slugsWhere((e) => e.meta.status === 429).length))).toEqual(
      new Set(slugsWhere((e) => e.meta.status === 429)),
    );
  });

  it('a log line of the gateway nginx: a read timeout is a 504', () => {
    const line =
      '2024/05/01 10:00:00 [error] 1234#1234: *5678 upstream timed out (110: Connection timed out) while reading response header from upstream, client: 10.0.0.1, server: _, request: "GET /api/ HTTP/1.1", upstream: "http://10.0.0.2:80/api/", host: "bkapi.example.com"';
    expect(first(line)?.status).toBe(504);
  });

  it('every entry is found first by its own message, its example body and its slug', () => {
    for (const e of catalog.entries) {
      const queries = [
        e.slug,
        e.meta.message,
        e.meta.example.body.trim().startsWith('{') ? e.meta.example.body : '',
      ].filter(Boolean);
      for (const q of queries) expect(first(q)?.slug, `${e.slug}: ${q}`).toBe(e.slug);
    }
  });

  it('every reason text lands on its own section', () => {
    for (const e of catalog.entries) {
      for (const r of e.meta.reasons) {
        const top = first(r.text);
        expect([top?.slug, top?.anchor], `${e.slug} ${r.text}`).toEqual([e.slug, r.id]);
      }
    }
  });

  it('finds nothing for gibberish', () => {
    expect(searcher.search('xqzjvkwp blorf')).toEqual([]);
    expect(searcher.search('   ')).toEqual([]);
  });

  it('returns what the UI shows, with ranges inside the text', () => {
    for (const q of ['rate limt', '频率', 'app not found', 'timeout', '429']) {
      for (const r of searcher.search(q)) {
        expect(r.title).toBeTruthy();
        for (const [s, e] of r.ranges) {
          expect(0 <= s && s < e && e <= r.text.length, `${q}: ${r.slug} ${JSON.stringify(r.ranges)}`).toBe(true);
        }
      }
    }
    const [hit] = searcher.search('app not found');
    expect(hit?.text.slice(...hit.ranges[0]!).toLowerCase()).toBe('app not found');
  });
});

describe('nearest: where search finds nothing', () => {
  it('offers the entries that share most letters with the query, and nothing for gibberish', () => {
    for (const lang of LANGS) {
      const searcher = createSearcher(buildSearchIndex(catalog, lang));
      // "ratelimiting" is the trade's word, which a short question is about: search finds the rate limits on both
      // sites now (the Chinese site found nothing, "stuff" outweighing it), and nearest offers them as well.
      expect(searcher.search('ratelimiting stuff')[0]?.slug).toMatch(/^rate-limit-/);
      expect(searcher.nearest('ratelimiting stuff').map((r) => r.slug)).toContain('rate-limit-resource-strategy');
      expect(searcher.nearest('xqzjvkwp blorf')).toEqual([]);
    }
  });
});

describe("a short answer's neighbours", () => {
  const searchers = Object.fromEntries(LANGS.map((l) => [l, createSearcher(buildSearchIndex(catalog, l))]));
  const statusOf = new Map(catalog.entries.map((e) => [e.slug, e.meta.status]));

  it('follow what the words found, share its first entry’s status, and only where the words found fewer than three', async () => {
    const { QUESTIONS } = await import('./questions');
    let padded = 0;
    for (const lang of LANGS)
      for (const { query } of QUESTIONS) {
        const results = searchers[lang]!.search(query);
        // Neighbours are badged by the status they share; where the words found an entry first (not a status or a page).
        const first = results[0];
        if (!first || first.field === 'status' || first.slug.startsWith('page:')) continue;
        const at = results.findIndex((r) => r.field === 'status');
        if (at < 0) continue;
        padded++;
        const found = results.slice(0, at);
        const neighbours = results.slice(at);
        expect(found.length, query).toBeLessThan(3);
        for (const n of neighbours) {
          expect(n.field, `${query}: ${n.slug}`).toBe('status');
          expect(statusOf.get(n.slug), `${query}: ${n.slug}`).toBe(found[0]!.status);
          expect(found.map((r) => r.slug)).not.toContain(n.slug);
        }
      }
    // The tuned questions hold short answers (a fifth of them were one or two results before).
    expect(padded).toBeGreaterThan(50);
  });

  it('the 504 timeouts: a sentence the words answer with one of them offers the other', () => {
    const results = searchers.zh!.search('后端处理太慢，网关等不及先返回了').map((r) => r.slug);
    expect(results[0]).toBe('backend-read-timeout');
    expect(results).toContain('backend-timeout');
  });

  it('nothing found stays nothing: no neighbours without a first result', () => {
    for (const lang of LANGS) expect(searchers[lang]!.search('timeoutish things')).toEqual([]);
  });
});
