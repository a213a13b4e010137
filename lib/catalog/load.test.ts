import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ContentError, headings, readCatalog } from './load';

const entryYaml = (over = '') => `status: 429
code: 1642903
code_name: RATE_LIMIT_RESTRICTION
system: gateway
message: API rate limit exceeded by resource strategy
match: [resource strategy]
default_for_code: true
actor: caller
keywords: { zh: [限流], en: [throttled] }
${over}
example:
  body: |
    {"code": 1642903}
`;
const mdx = (title: string, body = '## Cause [#cause]\n\ntext\n\n## Fix [#fix]\n\ntext\n') =>
  `---\ntitle: ${title}\nsummary: One line.\naction: Do one thing.\n---\n\n${body}`;
const guide = '---\ntitle: Guide\nsummary: One line.\n---\n\n## Steps [#steps]\n\ntext\n';

let root = '';
function write(files: Record<string, string>) {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'content-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}
afterEach(() => {
  if (root) fs.rmSync(root, { recursive: true, force: true });
  root = '';
});

const good = (over: Record<string, string> = {}) => ({
  'errors/rate-limit/entry.yaml': entryYaml(),
  'errors/rate-limit/zh.mdx': mdx('频率'),
  'errors/rate-limit/en.mdx': mdx('Rate'),
  'pages/gateway-or-backend/zh.mdx': guide,
  'pages/gateway-or-backend/en.mdx': guide,
  ...over,
});

/** The error readCatalog throws for this content, as a person would read it. */
function problem(files: Record<string, string>): string {
  try {
    readCatalog(write(files));
  } catch (e) {
    expect(e).toBeInstanceOf(ContentError);
    return (e as Error).message;
  }
  throw new Error('readCatalog accepted broken content');
}

describe('headings', () => {
  it('lists ## and ### headings with their ids and plain text, skipping code fences', () => {
    const body =
      '## The `code_name` field [#code-name]\n\ntext\n\n```md\n## Not a heading [#no]\n```\n\n### **Why** it happens [#why]\n';
    expect(headings('x.mdx', body)).toEqual([
      { id: 'code-name', text: 'The code_name field', title: 'The `code_name` field', level: 2, line: 0 },
      { id: 'why', text: 'Why it happens', title: '**Why** it happens', level: 3, line: 8 },
    ]);
  });
});

describe('readCatalog', () => {
  it('reads a well-formed entry with its defaults', () => {
    const catalog = readCatalog(write(good()));
    const entry = catalog.bySlug.get('rate-limit')!;
    expect(entry.meta.code).toBe(1642903);
    expect(entry.meta.aliases).toEqual([]);
    expect(entry.docs.zh.frontmatter.title).toBe('频率');
    expect(entry.docs.en.headingIds).toEqual(['cause', 'fix']);
  });

  it('names the file of a missing field', () => {
    const msg = problem(good({ 'errors/rate-limit/entry.yaml': entryYaml().replace('actor: caller\n', '') }));
    expect(msg).toMatch(/^errors\/rate-limit\/entry\.yaml|rate-limit\/entry\.yaml: .*actor/);
  });

  it("requires each language's search keywords in entry.yaml, and no keywords in the frontmatter", () => {
    const noEn = entryYaml().replace('keywords: { zh: [限流], en: [throttled] }', 'keywords: { zh: [限流], en: [] }');
    expect(problem(good({ 'errors/rate-limit/entry.yaml': noEn }))).toMatch(/rate-limit\/entry\.yaml: .*keywords/);
    const inFrontmatter = `---\ntitle: Rate\nsummary: One line.\naction: Do one thing.\nkeywords: [x]\n---\n\n## Cause [#cause]\n\ntext\n\n## Fix [#fix]\n\ntext\n`;
    expect(problem(good({ 'errors/rate-limit/en.mdx': inFrontmatter }))).toMatch(/rate-limit\/en\.mdx: .*keywords/);
  });

  it('fails on a missing translation, naming the file', () => {
    const files = good();
    delete (files as Record<string, string>)['errors/rate-limit/en.mdx'];
    expect(problem(files)).toMatch(/rate-limit\/en\.mdx: missing translation/);
  });

  it('fails on a status that does not match the code', () => {
    expect(
      problem(good({ 'errors/rate-limit/entry.yaml': entryYaml().replace('status: 429', 'status: 403') })),
    ).toMatch(/rate-limit\/entry\.yaml: status\/code mismatch: code 1642903 says 429, status is 403/);
  });

  it('reads release notes, and fails on a release that is not a release/1.x branch of the gateway', () => {
    const note = (from: string, backing = "\n    texts: ['Request rejected']") =>
      `releases:\n  - from: '${from}'${backing}\n    zh: 中文\n    en: English`;
    const catalog = readCatalog(write(good({ 'errors/rate-limit/entry.yaml': entryYaml(note('1.20')) })));
    expect(catalog.bySlug.get('rate-limit')!.meta.releases).toEqual([
      { from: '1.20', texts: ['Request rejected'], source: [], zh: '中文', en: 'English' },
    ]);
    expect(problem(good({ 'errors/rate-limit/entry.yaml': entryYaml(note('1.14')) }))).toMatch(
      /rate-limit\/entry\.yaml: releases\.0\.from: not a release\/1\.x branch of the gateway/,
    );
    const backwards = "releases:\n  - from: '1.22'\n    until: '1.10'\n    texts: [x]\n    zh: 中文\n    en: English";
    expect(problem(good({ 'errors/rate-limit/entry.yaml': entryYaml(backwards) }))).toMatch(/from comes after until/);
    // A note with neither texts nor source has nothing behind it; a citation names a branch, a file and a line.
    expect(problem(good({ 'errors/rate-limit/entry.yaml': entryYaml(note('1.20', '')) }))).toMatch(
      /releases\.0: a release note names its texts or cites its source/,
    );
    const cited = (c: string) => note('1.20', `\n    source: ['${c}']`);
    expect(
      readCatalog(
        write(good({ 'errors/rate-limit/entry.yaml': entryYaml(cited('release/1.20 src/a.lua:12-14')) })),
      ).bySlug.get('rate-limit')!.meta.releases[0]!.source,
    ).toEqual(['release/1.20 src/a.lua:12-14']);
    expect(problem(good({ 'errors/rate-limit/entry.yaml': entryYaml(cited('src/a.lua line 12')) }))).toMatch(
      /releases\.0\.source\.0: a citation reads/,
    );
  });

  it('fails on an unknown related slug', () => {
    expect(problem(good({ 'errors/rate-limit/entry.yaml': entryYaml('related: [no-such-entry]') }))).toMatch(
      /rate-limit\/entry\.yaml: related: unknown slug "no-such-entry"/,
    );
  });

  it('fails on a duplicate slug through an alias', () => {
    const other = {
      'errors/other/entry.yaml': entryYaml('aliases: [rate-limit]').replace('default_for_code: true', ''),
      'errors/other/zh.mdx': mdx('x'),
      'errors/other/en.mdx': mdx('x'),
    };
    expect(problem(good(other))).toMatch(/other\/entry\.yaml: duplicate slug: alias "rate-limit"/);
  });

  it('fails on a heading without an id, and on ids that differ between languages', () => {
    expect(problem(good({ 'errors/rate-limit/en.mdx': mdx('Rate', '## Cause\n\n## Fix [#fix]\n') }))).toMatch(
      /rate-limit\/en\.mdx: heading "## Cause" needs an explicit id/,
    );
    expect(problem(good({ 'errors/rate-limit/en.mdx': mdx('Rate', '## Cause [#why]\n\n## Fix [#fix]\n') }))).toMatch(
      /rate-limit\/en\.mdx: heading ids differ/,
    );
  });

  it('fails on invalid YAML and on a link to a missing entry', () => {
    expect(problem(good({ 'errors/rate-limit/entry.yaml': 'status: [429' }))).toMatch(
      /rate-limit\/entry\.yaml: invalid YAML/,
    );
    const body = '## Cause [#cause]\n\nSee [x](/errors/nope/).\n\n## Fix [#fix]\n';
    expect(problem(good({ 'errors/rate-limit/zh.mdx': mdx('频率', body) }))).toMatch(
      /zh\.mdx: broken link \/errors\/nope\/: no entry "nope"/,
    );
  });

  it('ignores heading-like lines inside code blocks', () => {
    const body = '## Cause [#cause]\n\n```bash\n## not a heading\n```\n\n## Fix [#fix]\n';
    expect(readCatalog(write(good({ 'errors/rate-limit/en.mdx': mdx('Rate', body) }))).entries).toHaveLength(1);
  });
});
