import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readQuery, resolve, resolverParams } from './resolve';
import { loadCatalog, loadRules } from '../../catalog/load';
import { VECTORS_FILE, type Vectors } from '../../catalog/vectors';
import * as routes from '../../routes';

const rules = loadRules();
const at = (search: string) => resolve(readQuery(search), rules);

describe('resolve: the address a tool builds from an error response', () => {
  it('lands on the entry of a plain code', () => {
    expect(at('?code=1642903')).toEqual({ kind: 'entry', entry: 'rate-limit-resource-strategy', reason: null });
    expect(at('code=1640401&code_name=API_NOT_FOUND&status=404&message=API%20not%20found')).toMatchObject({
      entry: 'api-not-found',
    });
  });

  it('lands on the reason section a message of 1640001 names', () => {
    const message = 'Parameters error [reason="parameter bk_nonce required"]';
    expect(at(`?code=1640001&message=${encodeURIComponent(message)}`)).toEqual({
      kind: 'entry',
      entry: 'invalid-args-other-reasons',
      reason: 'bk-nonce-required',
    });
    expect(at('?code=1640001&message=app+code+cannot+be+empty')).toMatchObject({ entry: 'app-code-cannot-be-empty' });
  });

  it("tells the 502 and 504 entries apart by the message's upstream_error, with or without the code", () => {
    const m502 = encodeURIComponent('Bad Gateway [upstream_error="cannot read header from upstream"]');
    expect(at(`?status=502&message=${m502}`)).toMatchObject({ entry: 'bad-gateway-cannot-read-header' });
    expect(at(`?code=1650200&message=${m502}`)).toMatchObject({ entry: 'bad-gateway-cannot-read-header' });
    const m504 = encodeURIComponent(
      'Request backend service timeout [upstream_error="connection timed out while reading response header from upstream"]',
    );
    expect(at(`?code=1650401&status=504&message=${m504}`)).toMatchObject({ entry: 'backend-read-timeout' });
    expect(at('?code=1650401')).toMatchObject({ entry: 'backend-timeout' });
  });

  it('follows the code_name where two share a code (1640302)', () => {
    expect(at('?code=1640302&code_name=CROSS_TENANT_FORBIDDEN')).toMatchObject({ entry: 'cross-tenant-forbidden' });
    expect(at('?code=1640302&code_name=IP_NOT_ALLOWED')).toMatchObject({ entry: 'ip-not-allowed' });
    expect(at('?code_name=cross_tenant_forbidden')).toMatchObject({ entry: 'cross-tenant-forbidden' });
  });

  it('lists the codes a code_name names when nothing says which', () => {
    expect(at('?code_name=RATE_LIMIT_RESTRICTION')).toEqual({
      kind: 'list',
      entries: ['rate-limit-stage-strategy', 'rate-limit-resource-strategy', 'rate-limit-stage-global'],
      status: null,
      code: null,
    });
    expect(at('?code_name=RATE_LIMIT_RESTRICTION&message=API+rate+limit+exceeded+by+stage+strategy')).toMatchObject({
      entry: 'rate-limit-stage-strategy',
    });
  });

  it("finds the legacy ESB's codes", () => {
    expect(at('?code=1306201')).toMatchObject({ entry: 'esb-1306201-third-party-request-error' });
  });

  it("lists a bare status's entries, and goes straight to the only one", () => {
    const listed = at('?status=429');
    expect(listed).toMatchObject({ kind: 'list', status: 429 });
    expect(listed.kind === 'list' && listed.entries).toContain('concurrency-limit-exceeded');
    expect(at('?status=508')).toMatchObject({ entry: 'recursive-request-detected' });
  });

  it('searches for what was given where no entry has it', () => {
    expect(at('?code=1649999&message=something+new')).toEqual({ kind: 'search', q: 'something new' });
    expect(at('?code=1649999')).toEqual({ kind: 'search', q: '1649999' });
    expect(at('?message=%3Cscript%3Ealert(1)%3C/script%3E')).toEqual({
      kind: 'search',
      q: '<script>alert(1)</script>',
    });
    expect(at('')).toEqual({ kind: 'empty' });
    expect(at('?status=abc&code=12a')).toEqual({ kind: 'search', q: '12a' });
  });

  it('cuts a very long message instead of refusing it', () => {
    const q = readQuery(`?message=${'x'.repeat(100_000)}`);
    expect(q.message!.length).toBe(4096);
  });
});

describe('resolverParams: the address shown on each entry page', () => {
  it("brings every entry's own address back to that entry", () => {
    for (const { slug, meta } of loadCatalog().entries) {
      const address = routes.resolver('en', resolverParams(meta));
      expect(resolve(readQuery(new URL(address, 'http://x').search), rules), address).toMatchObject({ entry: slug });
    }
  });
});

describe('resolve: the shared vectors (docs/resolver-vectors.json), as every snippet builds them', () => {
  const { vectors } = JSON.parse(fs.readFileSync(VECTORS_FILE, 'utf8')) as Vectors;
  it.each(vectors.map((v) => [v.entry, v] as const))('%s: its example response lands on it', (slug, v) => {
    const address = routes.resolver('en', v.query);
    expect(address.startsWith('/en/r/?')).toBe(true);
    expect(at(address.slice(address.indexOf('?')))).toMatchObject({ kind: 'entry', entry: slug });
  });
});
