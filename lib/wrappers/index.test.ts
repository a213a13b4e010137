import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compose, WRAPPERS, type Wrapper } from './index';

/** Texts a user may paste: a raw response (CRLF, quotes, backslashes, Chinese), a JSON body, a log line with a secret. */
const SAMPLES: readonly string[] = [
  'HTTP/1.1 502 Bad Gateway\r\nServer: nginx\r\nContent-Type: application/json; charset=utf-8\r\n' +
    'X-Bkapi-Error-Code: 1650201\r\nX-Request-Id: 3f6c2b9e8d7a4c1b\r\n\r\n' +
    '{"code_name":"UPSTREAM_ERROR","message":"网关请求后端失败 \\"upstream\\" C:\\\\gateway\\\\logs","result":false,"data":null}',
  '{"code":1640001,"message":"app not found, bk_app_code=demo_app bk_app_secret=Ab3xYz9Q","data":null}',
  '2024-05-01 12:00:00 ERROR request failed url=https://bkapi.example.com/prod/api?bk_app_code=demo&bk_app_secret=Ab3xYz9Q status=401',
  'HTTP/1.1 401 Unauthorized\nContent-Type: text/plain\n\nIt\'s "unauthorized": token #{expired}\tsee `docs` 认证失败\nbk_app_secret=Ab3xYz9Q\n',
  'plain text with <html> & entities, 100% done; path C:\\temp\\x and 中文字符 Ab3xYz9Q',
];

/** Every maximal run of [A-Za-z0-9] of six or more characters. */
const tokens = (text: string): string[] => Array.from(text.matchAll(/[A-Za-z0-9]{6,}/g), (m) => m[0]);

/** UTF-8 bytes to text (for %XX runs and journald byte arrays). */
const fromBytes = (bytes: number[]): string => new TextDecoder().decode(new Uint8Array(bytes));

/** One level of every encoding the wrappers use: YAML line continuations, JSON/Python/Ruby escapes, CSV quote doubling, %XX, HTML entities, byte arrays. */
function decodeOnce(text: string): string {
  // YAML double-quoted scalars: an escaped line break joins the lines (YAML 1.2 §7.3.1).
  let s = text.replace(/\\\r?\n[ \t]*/g, '');
  // JSON-style escapes, \uXXXX (with surrogate pairs), Python \xhh and \Uhhhhhhhh, Ruby \u{...}.
  s = s.replace(
    /\\(u[0-9a-fA-F]{4}(?:\\u[0-9a-fA-F]{4})?|u\{[0-9a-fA-F]+\}|U[0-9a-fA-F]{8}|x[0-9a-fA-F]{2}|[nrtbfvae"'\\/#])/g,
    (_all, e: string) => {
      const simple: Record<string, string> = {
        n: '\n',
        r: '\r',
        t: '\t',
        b: '\b',
        f: '\f',
        v: '\v',
        a: '\x07',
        e: '\x1b',
        '"': '"',
        "'": "'",
        '\\': '\\',
        '/': '/',
        '#': '#',
      };
      const c = e[0] ?? '';
      if (c === 'u' && e[1] === '{') return String.fromCodePoint(parseInt(e.slice(2, -1), 16));
      if (c === 'u')
        return e
          .split('\\u')
          .map((h) => String.fromCharCode(parseInt(h.replace(/^u/, ''), 16)))
          .join('');
      if (c === 'U') return String.fromCodePoint(Math.min(parseInt(e.slice(1), 16), 0x10ffff));
      if (c === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
      return simple[c] ?? e;
    },
  );
  // CSV: doubled quotes.
  s = s.replace(/""/g, '"');
  // %XX (UTF-8), and '+' for a space in form encoding.
  s = s.replace(/(?:%[0-9A-Fa-f]{2})+/g, (run) =>
    fromBytes(
      run
        .slice(1)
        .split('%')
        .map((h) => parseInt(h, 16)),
    ),
  );
  s = s.replace(/\+/g, ' ');
  // HTML entities.
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  s = s.replace(/&(#x[0-9a-fA-F]+|#\d+|amp|lt|gt|quot|apos);/g, (_all, e: string) => {
    if (e.startsWith('#x')) return String.fromCodePoint(parseInt(e.slice(2), 16));
    if (e.startsWith('#')) return String.fromCodePoint(parseInt(e.slice(1), 10));
    return named[e] ?? e;
  });
  // journald: a field value printed as an array of byte numbers.
  s = s.replace(/\[(\d{1,3}(?:,\d{1,3}){3,})\]/g, (all, list: string) => {
    const bytes = list.split(',').map(Number);
    return bytes.every((b) => b < 256) ? fromBytes(bytes) : all;
  });
  return s;
}

/** Undo the wrappers' encodings until nothing changes (at most eight levels). */
function decodeAll(text: string): string {
  let s = text;
  for (let i = 0; i < 8; i++) {
    const next = decodeOnce(s);
    if (next === s) break;
    s = next;
  }
  return s;
}

/** The input's tokens that can be found neither literally nor after decoding. */
function missingTokens(input: string, output: string): string[] {
  const decoded = decodeAll(output);
  return tokens(input).filter((tok) => !output.includes(tok) && !decoded.includes(tok));
}

const nonLossy = WRAPPERS.filter((w) => !w.lossy);

describe('wrappers library', () => {
  it('has at least 45 wrappers with unique kebab-case ids', () => {
    expect(WRAPPERS.length).toBeGreaterThanOrEqual(45);
    const ids = WRAPPERS.map((w) => w.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('cites a product and where its format is defined for every wrapper', () => {
    for (const w of WRAPPERS) {
      expect(w.cite.trim().length, w.id).toBeGreaterThan(20);
      // "<Product> — <source file or documentation page>"
      expect(w.cite, w.id).toMatch(/^[^—]*[A-Za-z][^—]* — \S/);
    }
  });

  it('is deterministic', () => {
    for (const w of WRAPPERS) for (const s of SAMPLES) expect(w.wrap(s), w.id).toBe(w.wrap(s));
  });

  it('covers the wrapper kinds asked for', () => {
    const kinds = new Set(WRAPPERS.map((w) => w.kind));
    for (const k of [
      'log-prefix',
      'escape',
      'dump',
      'telemetry',
      'tracker',
      'shipper',
      'markup',
      'chat',
      'layout',
      'encoding',
    ])
      expect(kinds.has(k as Wrapper['kind']), k).toBe(true);
  });

  describe.each(nonLossy.map((w) => [w.id, w] as const))('%s keeps the text recoverable', (_id, w) => {
    it.each(SAMPLES.map((s, i) => [i, s] as const))('sample %i', (_i, sample) => {
      const out = w.wrap(sample);
      expect(typeof out).toBe('string');
      expect(missingTokens(sample, out)).toEqual([]);
    });
  });

  it('keeps the secret-like value of a sample under every non-lossy wrapper', () => {
    for (const w of nonLossy) {
      const out = decodeAll(w.wrap(SAMPLES[2] ?? ''));
      expect(out, w.id).toContain('Ab3xYz9Q');
    }
  });

  it('shows the lossy wrappers really cut, split or alter something on some sample', () => {
    const long = (SAMPLES[0] ?? '') + '\n' + 'x'.repeat(5000) + ' tail_token_Zz9912';
    for (const w of WRAPPERS.filter((x) => x.lossy)) {
      const altered = [...SAMPLES, long].some((s) => {
        const out = w.wrap(s);
        const splitToken = tokens(s).some((tok) => !out.includes(tok));
        return splitToken || !decodeAll(out).includes(s.split(/\r?\n/)[0] ?? '');
      });
      expect(altered, w.id).toBe(true);
    }
  });

  it('composes up to three wrappers without throwing (fast-check)', () => {
    const text = fc.oneof(fc.constantFrom(...SAMPLES), fc.string({ unit: 'binary', maxLength: 300 }));
    fc.assert(
      fc.property(text, fc.array(fc.constantFrom(...WRAPPERS), { minLength: 0, maxLength: 3 }), (t, ws) => {
        const out = compose(t, ...ws);
        expect(typeof out).toBe('string');
      }),
      { numRuns: 300 },
    );
  });

  it('keeps tokens recoverable through any triple of non-lossy wrappers (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...SAMPLES),
        fc.array(fc.constantFrom(...nonLossy), { minLength: 1, maxLength: 3 }),
        (t, ws) => {
          expect(missingTokens(t, compose(t, ...ws)), ws.map((w) => w.id).join(' > ')).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('applies wrappers innermost first', () => {
    const json = WRAPPERS.find((w) => w.id === 'json-string');
    const md = WRAPPERS.find((w) => w.id === 'markdown-fence');
    if (!json || !md) throw new Error('wrappers missing');
    expect(compose('a"b', json, md)).toBe('```\n"a\\"b"\n```\n');
    expect(compose('x')).toBe('x');
  });
});
