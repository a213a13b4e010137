/**
 * The tables the build's scripts and the browser tests share, written once: page types by their export
 * path, which of them are for reading, the strings that mark code that must stay off reading pages, and
 * the sub-path the site is tested under.
 */

/** The sub-path CI builds and serves the second export under. */
export const SUB_PATH = '/docs/apigw-errors';

/** Page types by the export path of their HTML (both languages). */
export const TYPES: [type: string, html: RegExp][] = [
  ['home', /^(zh|en)\/index\.html$/],
  ['errors', /^(zh|en)\/errors\/index\.html$/],
  ['entry', /^(zh|en)\/errors\/[^/]+\/index\.html$/],
  ['status', /^(zh|en)\/status\/[^/]+\/index\.html$/],
  ['code', /^(zh|en)\/codes\/[^/]+\/index\.html$/],
  ['guide', /^(zh|en)\/guide\/[^/]+\/index\.html$/],
  ['headers', /^(zh|en)\/headers\/index\.html$/],
  ['esb', /^(zh|en)\/esb\/index\.html$/],
  ['search', /^(zh|en)\/search\/index\.html$/],
  ['classify', /^(zh|en)\/classify\/index\.html$/],
  ['resolver', /^(zh|en)\/r\/index\.html$/],
  ['not-found', /^404\.html$/],
  ['redirect', /^(?!zh\/|en\/|404|_not-found)(.+\/)?index\.html$/],
];
/** Pages people read: they must not carry the code of the search, the classifier or a highlighter. */
export const READING = ['entry', 'errors', 'status', 'code', 'guide', 'headers', 'esb'];
/** Strings that survive minification and mark code that must stay off reading pages. */
export const MARKERS: Record<string, string[]> = {
  'fuse.js': ['Pattern length exceeds max of', 'useExtendedSearch'],
  'search index': ['search-index/'],
  'react-query (search)': ['QueryClient'],
  classifier: ['curl-verbose', 'json-in-text', 'escaped-json', 'classify-rules'],
  'shiki / highlighting': ['shiki', 'vscode-textmate', 'oniguruma', 'codeToHtml'],
};
