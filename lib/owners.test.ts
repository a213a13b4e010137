/**
 * One owner per rule (README, "Who owns which rule"), kept by a test: each rule below is written in its
 * owner's file and nowhere else in the code (app/, components/, lib/, scripts/, e2e/; or the folders its
 * `within` names). Unit tests, browser specs and fixtures are free to state what they expect in their own
 * words, except where noted; comments are not code. Where a copy outside the owner is known and left to
 * another issue, it is listed with its count: the test fails when a new copy appears and when a listed one
 * goes (then shorten the list), so the list only shrinks. */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const REPO = path.resolve(import.meta.dirname, '..');
const ROOTS = ['app', 'components', 'lib', 'scripts', 'e2e'];

/** Every source file of the code, relative to the repository, with its text (comments removed). */
function sources(): { file: string; code: string }[] {
  const out: { file: string; code: string }[] = [];
  for (const root of ROOTS)
    for (const f of fs.readdirSync(path.join(REPO, root), { recursive: true, encoding: 'utf8' })) {
      const file = `${root}/${f.split(path.sep).join('/')}`;
      if (!/\.(ts|tsx|mjs)$/.test(file) || /\/(fixtures?|blind|holdout|final)\//.test(file)) continue;
      const text = fs.readFileSync(path.join(REPO, file), 'utf8');
      // Comments out: block comments, and lines that are a line comment.
      const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
      out.push({ file, code });
    }
  return out;
}
const ALL = sources();
const isTest = (file: string) => /\.(test|spec)\.tsx?$/.test(file);

type Rule = {
  rule: string;
  owner: string[];
  /** What writing the rule looks like. */
  pattern: RegExp;
  /** Whether tests and specs are held to it too. */
  tests: boolean;
  /** Only these files are held to it (all of the code when absent). */
  within?: RegExp;
  /** Copies outside the owner left to another issue: file -> count. */
  known?: Record<string, number>;
  /** A line that writes the rule again, which the pattern must catch (so the test can fail). */
  copy: string;
  /** Whether the owner itself writes it in this form (a check that the pattern is not stale). */
  ownerWrites: boolean;
};

const RULES: Rule[] = [
  {
    rule: "the gateway's and the ESB's code shapes (16xxxxx, 1306xxx)",
    owner: ['lib/catalog/codes.ts'],
    pattern: /16\\{1,2}d\{5\}|1306\\{1,2}d\{3\}|16\[0-9\]\{5\}|1306\[0-9\]\{3\}/g,
    tests: false,
    // Inside the classifier, whose layout is the generalisation issue's: it reads codes through its own copies.
    known: {
      'lib/classify/read/clues.ts': 2,
      'lib/classify/read/dump.ts': 2,
      'lib/classify/match/hops.ts': 2,
      'lib/classify/read/parse.ts': 2,
      'lib/classify/signals/products/services.ts': 2,
      'lib/classify/signals/signals.ts': 2,
    },
    copy: 'const isGateway = (c: number) => /^16\\d{5}$/.test(String(c));',
    ownerWrites: true,
  },
  {
    rule: 'the page types (their export paths)',
    owner: ['lib/page-types.ts'],
    pattern:
      /\/(?:errors|status|codes|guide|headers|esb|search|classify|r)\\{0,2}\/(?:\[\^\/\]\+\\{0,2}\/)?index\\{1,2}\.html/g,
    tests: true,
    copy: 'const isEntry = (f: string) => /^(zh|en)\\/errors\\/[^/]+\\/index\\.html$/.test(f);',
    ownerWrites: true,
  },
  {
    rule: 'the page types (a list of their names)',
    owner: ['lib/page-types.ts'],
    // Five or more type names in a row of quoted strings: a list of the types written again.
    pattern:
      /(?:['"](?:home|errors|entry|status|code|guide|headers|esb|search|classify|resolver|not-found|redirect)['"][\s,\]:)[{a-zA-Z0-9_.(]*?){5,}/g,
    tests: true,
    copy: "for (const t of ['home', 'errors', 'entry', 'status', 'code', 'guide']) visit(t);",
    ownerWrites: false,
  },
  {
    rule: 'the site addresses in a language',
    owner: ['lib/routes.ts'],
    pattern: /[`'"]\/(?:\$\{[^}]+\}|zh|en)\/(?:errors|status|codes|classify|search|guide|headers|esb|r)\//g,
    tests: false,
    copy: 'const href = `/${lang}/errors/${slug}/`;',
    ownerWrites: false,
  },
  {
    rule: 'the languages',
    owner: ['lib/i18n/lang.ts'],
    pattern: /['"]zh['"]\s*\|\s*['"]en['"]|['"]en['"]\s*\|\s*['"]zh['"]|\[\s*['"]zh['"]\s*,\s*['"]en['"]\s*\]/g,
    tests: false,
    copy: "function title(lang: 'zh' | 'en') {}",
    ownerWrites: true,
  },
  {
    rule: 'the sub-path the tests build and serve under',
    owner: ['e2e/support/nginx.ts'],
    pattern: /['"`]\/docs\/apigw-errors['"`]/g,
    tests: false,
    copy: "const base = '/docs/apigw-errors';",
    ownerWrites: true,
  },
  {
    // A Chinese word in a page or a component is a string of one language written in place: the interface's
    // strings come from lib/i18n/ in both languages. (lib/ holds Chinese data: words the classifier and the
    // search recognise, not strings shown.)
    rule: 'the interface strings (a Chinese word in a page or a component)',
    owner: ['lib/i18n/index.ts'],
    pattern: /[\u4e00-\u9fff]+/g,
    tests: false,
    within: /^(app|components)\//,
    copy: "<button>{lang === 'zh' ? '复制' : 'Copy'}</button>",
    ownerWrites: false,
  },
  {
    // The search page and the palette share one hook (issue 26): a searcher built anywhere else in the interface
    // would be the query -> results logic written twice.
    rule: 'query -> results in the interface (the searcher built)',
    owner: ['components/search/use-search.ts'],
    pattern: /\bcreateSearcher\b/g,
    tests: false,
    within: /^(app|components)\//,
    copy: 'const searcher = useMemo(() => createSearcher(index), [index]);',
    ownerWrites: true,
  },
  {
    rule: "the browser's fetch of the site's own files",
    owner: ['components/fetch-static.ts'],
    pattern: /\bfetch\(/g,
    tests: false,
    // Scripts and browser tests run in Node, where fetch is theirs.
    within: /^(app|components|lib)\//,
    copy: "const rules = await (await fetch('/classify-rules.json')).json();",
    ownerWrites: true,
  },
];

describe('one owner per rule', () => {
  for (const r of RULES)
    it(`${r.rule}: written in ${r.owner.join(', ')} alone`, () => {
      const owners = ALL.filter((s) => r.owner.includes(s.file));
      expect(owners.length, 'the owner exists').toBe(r.owner.length);
      expect(r.copy.match(r.pattern)?.length, `the pattern catches a copy: ${r.copy}`).toBeGreaterThan(0);
      if (r.ownerWrites)
        expect(
          owners.some((s) => (s.code.match(r.pattern) ?? []).length > 0),
          'the owner writes it so (else the pattern is stale)',
        ).toBe(true);
      const found: Record<string, number> = {};
      for (const s of ALL) {
        // The owner, its own unit test, and this file (whose copies are the samples above) are exempt.
        const ownTest = r.owner.includes(s.file.replace(/\.test\.ts$/, '.ts'));
        if (r.owner.includes(s.file) || ownTest || s.file === 'lib/owners.test.ts') continue;
        if (!r.tests && isTest(s.file)) continue;
        if (r.within && !r.within.test(s.file)) continue;
        const n = (s.code.match(r.pattern) ?? []).length;
        if (n) found[s.file] = n;
      }
      expect(found, `copies of ${r.rule} outside ${r.owner.join(', ')}`).toEqual(r.known ?? {});
    });
});

/** The files a module imports for their values (type-only imports vanish from the bundle), resolved. */
function valueImports(file: string, code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(
    /(?:^|\n)\s*(import|export)\s+([^'";]*?)\s*from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g,
  )) {
    const what = m[2] ?? '';
    const source = m[3] ?? m[4]!;
    if (
      /^type\s/.test(what) ||
      (/^\{[^}]*\}$/.test(what) &&
        what
          .slice(1, -1)
          .split(',')
          .every((x) => /^\s*(type\s|$)/.test(x)))
    )
      continue;
    const base = source.startsWith('@/')
      ? path.join(REPO, source.slice(2))
      : source.startsWith('.')
        ? path.join(REPO, path.dirname(file), source)
        : null;
    if (!base) continue;
    const hit = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']
      .map((x) => base + x)
      .find((f) => fs.existsSync(f) && fs.statSync(f).isFile());
    if (hit) out.push(path.relative(REPO, hit).split(path.sep).join('/'));
  }
  return out;
}

describe('the loader stays on the server', () => {
  it('no client island reaches lib/catalog/load.ts through its imports, however far', () => {
    const code = new Map(ALL.map((s) => [s.file, s.code]));
    const islands = ALL.filter((s) => /^\s*['"]use client['"]/.test(s.code)).map((s) => s.file);
    expect(islands.length).toBeGreaterThan(5);
    const reaching: string[] = [];
    for (const island of islands) {
      const seen = new Map<string, string>([[island, '']]);
      const queue = [island];
      while (queue.length) {
        const f = queue.shift()!;
        for (const next of valueImports(f, code.get(f) ?? fs.readFileSync(path.join(REPO, f), 'utf8')))
          if (!seen.has(next)) {
            seen.set(next, f);
            queue.push(next);
          }
      }
      if (seen.has('lib/catalog/load.ts')) {
        const chain = ['lib/catalog/load.ts'];
        while (seen.get(chain[0]!)) chain.unshift(seen.get(chain[0]!)!);
        reaching.push(chain.join(' -> '));
      }
    }
    expect(reaching).toEqual([]);
  });
});
