import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGS } from './i18n/lang';
import { PAGE_TYPES, pageTypeOf, READING } from './page-types';

const REPO = path.resolve(import.meta.dirname, '..');
const sample = { slug: 'app-no-permission', status: 429, code: 1640001 };

/** The folders under `dir` that hold a page.tsx, relative to it ('' for `dir` itself). */
function routesIn(dir: string): string[] {
  return fs
    .readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => path.basename(f) === 'page.tsx')
    .map((f) => path.dirname(f).split(path.sep).join('/'))
    .map((d) => (d === '.' ? '' : d))
    .sort();
}

/** The export file an address is served from (nginx: a directory address serves its index.html). */
const fileOf = (address: string) =>
  address
    .split(/[?#]/)[0]!
    .replace(/^\//, '')
    .replace(/(^|\/)$/, '$1index.html');

describe('the table of page types', () => {
  it('has one row per route of app/[lang]/, each with its language-neutral twin, and no row without its route', () => {
    const rows = PAGE_TYPES.filter((t) => t.route !== null).map((t) => t.route!);
    expect([...rows].sort()).toEqual(routesIn(path.join(REPO, 'app', '[lang]')));
    expect([...rows].sort()).toEqual(routesIn(path.join(REPO, 'app', '(neutral)')));
  });

  it('names each type once, and weight-budget.json has a budget for every type and for nothing else', () => {
    const names = PAGE_TYPES.map((t) => t.name);
    expect(new Set(names).size).toBe(names.length);
    const budget = JSON.parse(fs.readFileSync(path.join(REPO, 'weight-budget.json'), 'utf8')) as {
      pages: Record<string, unknown>;
    };
    expect(Object.keys(budget.pages).sort()).toEqual([...names].sort());
  });

  it('gives each type a sample address whose export file is of that type, in both languages', () => {
    for (const t of PAGE_TYPES.filter((x) => x.name !== 'not-found'))
      for (const lang of LANGS) {
        const address = t.sample(lang, sample);
        if (t.perLanguage) expect(address.startsWith(`/${lang}/`), `${t.name}: ${address}`).toBe(true);
        expect(pageTypeOf(fileOf(address))?.name, `${t.name}: ${address}`).toBe(t.name);
      }
    expect(pageTypeOf('404.html')?.name).toBe('not-found');
  });

  it('puts every file an export holds in exactly one type', () => {
    const files = [
      'index.html',
      'zh/index.html',
      'en/errors/index.html',
      'zh/errors/app-no-permission/index.html',
      'en/status/429/index.html',
      'zh/codes/1640001/index.html',
      'en/guide/gateway-or-backend/index.html',
      'zh/headers/index.html',
      'en/esb/index.html',
      'zh/search/index.html',
      'en/classify/index.html',
      'zh/r/index.html',
      '404.html',
      '404/index.html',
      '_not-found/index.html',
      'errors/app-no-permission/index.html',
      'guide/gateway-or-backend/index.html',
      'r/index.html',
    ];
    for (const f of files) expect(PAGE_TYPES.filter((t) => t.html.test(f)).length, f).toBe(1);
    expect(pageTypeOf('zh/errors/app-no-permission/index.md')).toBeNull();
  });

  it('keeps search, classify and the resolver off the reading list, and audits two pages with Lighthouse in npm test', () => {
    expect(READING).toEqual(['errors', 'entry', 'status', 'code', 'guide', 'headers', 'esb']);
    const inTest = PAGE_TYPES.filter((t) => t.lighthouse?.test);
    expect(inTest.map((t) => `${t.name} ${t.lighthouse!.test}`)).toEqual(['entry en', 'classify zh']);
    expect(new Set(inTest.map((t) => t.lighthouse!.test))).toEqual(new Set(LANGS));
  });
});
