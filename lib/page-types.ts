/**
 * The page types of the site, written once. Everything that treats pages by type reads this table: the
 * routes' own test (every row has its folder in app/, every folder a row), the weight step
 * (scripts/weight.ts, whose budgets in weight-budget.json are keyed by these names), the link check
 * (scripts/check-links.ts: every page of an export is of exactly one type), Lighthouse (e2e/lighthouse.spec.ts
 * and scripts/lighthouse.ts) and every browser spec that checks each type (CSP, axe in both schemes, the
 * keyboard, the console and the network: e2e/page-types.ts hands them the rows). Adding a page type is one
 * row here (and its budget).
 */
import type { Lang } from './i18n/lang';
import * as routes from './routes';

/** What a sample address is built from: an entry, a status and a code the catalog has. */
export type Sample = { slug: string; status: number; code: number };

export type PageType = {
  /** The type's name: the key of its budget in weight-budget.json and its name in test titles. */
  name: string;
  /** Its folder under app/[lang]/ and app/(neutral)/ ('' for the home page); null: not a route of its own. */
  route: string | null;
  /** The export path of its HTML files (relative to out/, both languages). */
  html: RegExp;
  /** One address of the type, for the checks made on every type; `lang` is ignored by language-less types. */
  sample: (lang: Lang, s: Sample) => string;
  /** Whether it exists once per language (false: the 404 page and the language-neutral redirects). */
  perLanguage: boolean;
  /** A page people read: it must not carry search, classifier or highlighting code. */
  reading: boolean;
  /** A selector present once the page has done what it does on load (the search's results, the resolver's answer). */
  ready?: string;
  /**
   * Lighthouse: null, not audited; otherwise audited by `npm run bench` (all categories), and with `test` also in
   * `npm test` (accessibility and best practices at 100) in that language.
   */
  lighthouse: null | { test?: Lang };
};

/** An address no page has: nginx answers with the site's 404 page. */
export const NOT_FOUND = '/no-such-page/';

const L = '(zh|en)';

export const PAGE_TYPES: readonly PageType[] = [
  {
    name: 'home',
    route: '',
    html: new RegExp(`^${L}/index\\.html$`),
    sample: (lang) => routes.home(lang),
    perLanguage: true,
    reading: false,
    lighthouse: {},
  },
  {
    name: 'errors',
    route: 'errors',
    html: new RegExp(`^${L}/errors/index\\.html$`),
    sample: (lang) => routes.catalog(lang),
    perLanguage: true,
    reading: true,
    lighthouse: null,
  },
  {
    name: 'entry',
    route: 'errors/[slug]',
    html: new RegExp(`^${L}/errors/[^/]+/index\\.html$`),
    sample: (lang, s) => routes.entry(lang, s.slug),
    perLanguage: true,
    reading: true,
    lighthouse: { test: 'en' },
  },
  {
    name: 'status',
    route: 'status/[status]',
    html: new RegExp(`^${L}/status/[^/]+/index\\.html$`),
    sample: (lang, s) => routes.status(lang, s.status),
    perLanguage: true,
    reading: true,
    lighthouse: null,
  },
  {
    name: 'code',
    route: 'codes/[code]',
    html: new RegExp(`^${L}/codes/[^/]+/index\\.html$`),
    sample: (lang, s) => routes.code(lang, s.code),
    perLanguage: true,
    reading: true,
    lighthouse: null,
  },
  {
    name: 'guide',
    route: 'guide/gateway-or-backend',
    html: new RegExp(`^${L}/guide/[^/]+/index\\.html$`),
    sample: (lang) => routes.guide(lang),
    perLanguage: true,
    reading: true,
    lighthouse: null,
  },
  {
    name: 'headers',
    route: 'headers',
    html: new RegExp(`^${L}/headers/index\\.html$`),
    sample: (lang) => routes.headers(lang),
    perLanguage: true,
    reading: true,
    lighthouse: null,
  },
  {
    name: 'esb',
    route: 'esb',
    html: new RegExp(`^${L}/esb/index\\.html$`),
    sample: (lang) => routes.esb(lang),
    perLanguage: true,
    reading: true,
    lighthouse: null,
  },
  {
    name: 'search',
    route: 'search',
    html: new RegExp(`^${L}/search/index\\.html$`),
    sample: (lang) => routes.search(lang, 'timeout'),
    perLanguage: true,
    reading: false,
    ready: 'main a[href*="/errors/"]',
    lighthouse: {},
  },
  {
    name: 'classify',
    route: 'classify',
    html: new RegExp(`^${L}/classify/index\\.html$`),
    sample: (lang) => routes.classify(lang),
    perLanguage: true,
    reading: false,
    lighthouse: { test: 'zh' },
  },
  {
    name: 'resolver',
    route: 'r',
    html: new RegExp(`^${L}/r/index\\.html$`),
    // A bare status: the resolver stays on its page and lists the status's entries (a code would move on).
    sample: (lang, s) => routes.resolver(lang, { status: String(s.status) }),
    perLanguage: true,
    reading: false,
    ready: '[data-resolver="list"]',
    lighthouse: null,
  },
  {
    name: 'not-found',
    route: null,
    // Next writes the page three times: 404.html (what nginx serves), 404/index.html and _not-found/index.html.
    html: /^(404\.html|(404|_not-found)\/index\.html)$/,
    sample: () => NOT_FOUND,
    perLanguage: false,
    reading: false,
    lighthouse: null,
  },
  {
    name: 'redirect',
    route: null,
    html: /^(?!zh\/|en\/|404|_not-found)(.+\/)?index\.html$/,
    sample: (_lang, s) => routes.entry(null, s.slug),
    perLanguage: false,
    reading: false,
    lighthouse: null,
  },
];

/** The type of an export's HTML file (its path relative to the export, with '/'), or null. */
export function pageTypeOf(file: string): PageType | null {
  return PAGE_TYPES.find((t) => t.html.test(file)) ?? null;
}

/** The names of the types people read (see `reading`). */
export const READING = PAGE_TYPES.filter((t) => t.reading).map((t) => t.name);

/** Strings that survive minification and mark code a reading page must not carry. */
export const MARKERS: Record<string, string[]> = {
  'fuse.js': ['Pattern length exceeds max of', 'useExtendedSearch'],
  'search index': ['search-index/'],
  'react-query (search)': ['QueryClient'],
  classifier: ['curl-verbose', 'json-in-text', 'escaped-json', 'classify-rules'],
  'shiki / highlighting': ['shiki', 'vscode-textmate', 'oniguruma', 'codeToHtml'],
};
