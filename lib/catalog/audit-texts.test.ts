// Every error text the gateway can emit that the content audit found missing (../shared/reference/content-audit.md,
// section 4.1), each pasted as a whole gateway response: the classifier lands on an entry whose page names the
// text in both languages, and the search finds that entry from the text.
import { describe, expect, it } from 'vitest';
import { classify } from '../classify';
import { loadCatalog, loadRules } from './load';
import { LANGS } from '../i18n/lang';
import { buildSearchIndex } from '../search/build-index';
import { createSearcher } from '../search/rank';

const catalog = loadCatalog();
const rules = loadRules();
const searchers = Object.fromEntries(LANGS.map((l) => [l, createSearcher(buildSearchIndex(catalog, l))]));

/** The status, code and code_name it comes with, the message as the gateway writes it, and the words a page must hold. */
type Case = { status: number; code: number; name: string; message: string; names: string; headers?: boolean };
const CASES: Case[] = [
  {
    status: 502,
    code: 1650200,
    name: 'BAD_GATEWAY',
    message: '502 Bad Gateway: parse backend host fail, no valid ip found',
    names: 'parse backend host fail, no valid ip found',
    headers: false,
  },
  {
    status: 400,
    code: 1640001,
    name: 'INVALID_ARGS',
    message: 'Parameters error [reason="verify_app_secret failed, error: connection refused"]',
    names: 'verify_app_secret failed',
  },
  {
    status: 400,
    code: 1640001,
    name: 'INVALID_ARGS',
    message: 'Parameters error [reason="connection refused"]',
    names: 'connection refused',
  },
  {
    status: 400,
    code: 1640001,
    name: 'INVALID_ARGS',
    message: 'Parameters error [reason="get_access_token failed, error: connection refused"]',
    names: 'get_access_token failed',
  },
  {
    status: 400,
    code: 1640001,
    name: 'INVALID_ARGS',
    message: 'Parameters error [reason="get_username_by_bk_token failed, error: connection refused"]',
    names: 'get_username_by_bk_token failed',
  },
  {
    status: 400,
    code: 1640001,
    name: 'INVALID_ARGS',
    message: 'Parameters error [reason="bk_token is not valid"]',
    names: 'bk_token is not valid',
  },
  {
    status: 400,
    code: 1640001,
    name: 'INVALID_ARGS',
    message:
      'Parameters error [reason="auth parameter does not indicate user information, verified by inner-jwt-verifier"]',
    names: 'auth parameter does not indicate user information',
  },
  {
    status: 400,
    code: 1640001,
    name: 'INVALID_ARGS',
    message:
      'Parameters error [reason="the user indicated by auth parameter is not verified, verified by inner-jwt-verifier"]',
    names: 'the user indicated by auth parameter is not verified',
  },
  {
    status: 500,
    code: 1650001,
    name: 'INTERNAL_SERVER_ERROR',
    message:
      'Internal Server Error [reason="bk-permission:create_obj_funcs failed and got no data in the shared_dict for fallback"]',
    names: 'got no data in the shared_dict for fallback',
  },
  {
    status: 500,
    code: 1650001,
    name: 'INTERNAL_SERVER_ERROR',
    message:
      'Internal Server Error [reason="failed to acquire the bk-cache-fallback lock, key: demo, error: timeout."]',
    names: 'failed to acquire the bk-cache-fallback lock',
  },
  {
    status: 500,
    code: 1650001,
    name: 'INTERNAL_SERVER_ERROR',
    message: 'Internal Server Error [reason="the app not exists"]',
    names: 'the app not exists',
  },
  {
    status: 500,
    code: 1650001,
    name: 'INTERNAL_SERVER_ERROR',
    message: 'Internal Server Error [reason="the user not exists"]',
    names: 'the user not exists',
  },
  {
    status: 500,
    code: 1650001,
    name: 'INTERNAL_SERVER_ERROR',
    message: 'Internal Server Error [reason="get_app_tenant_info failed, error: connection refused"]',
    names: 'get_app_tenant_info failed',
  },
  {
    status: 500,
    code: 1650001,
    name: 'INTERNAL_SERVER_ERROR',
    message: 'Internal Server Error [upstream_error="cannot read header from upstream"]',
    names: 'upstream_error',
  },
  {
    status: 401,
    code: 1640100,
    name: 'UNAUTHORIZED',
    message: 'Unauthorized [token_hint="abcd******wxyz"] [reason="token verification failed, active=false"]',
    names: 'token verification failed, active=false',
  },
  {
    status: 403,
    code: 1640301,
    name: 'APP_NO_PERMISSION',
    message:
      'App has no permission to the resource [reason="request path does not match mcp_server pattern"] [gateway="bk-apigateway"] [resource="mcp"]',
    names: 'request path does not match mcp_server pattern',
  },
  {
    status: 403,
    code: 1640301,
    name: 'APP_NO_PERMISSION',
    message: 'App has no permission to the resource [reason="no permission"]',
    names: 'no permission',
  },
  {
    status: 403,
    code: 1640302,
    name: 'IP_NOT_ALLOWED',
    message: 'Request rejected, the request source IP has no permission, please apply for IP permission',
    names: 'the request source IP has no permission',
  },
  {
    status: 500,
    code: 1650003,
    name: 'RECURSIVE_REQUEST_DETECTED',
    message: 'Request rejected, detected recursive request to API Gateway',
    names: 'detected recursive request to API Gateway',
  },
  {
    status: 400,
    code: 1640001,
    name: 'INVALID_ARGS',
    message:
      'Parameters error [reason="ssm error message: access_token is invalid, url: http://bkssm/, code: 1302403"]',
    names: 'ssm error message',
  },
];

function response(c: Case): string {
  const body = JSON.stringify({ code: c.code, data: null, code_name: c.name, message: c.message, result: false });
  const errorHeaders =
    c.headers === false ? '' : `X-Bkapi-Error-Code: ${c.code}\nX-Bkapi-Error-Message: ${c.message}\n`;
  const type = c.headers === false ? 'text/plain' : 'application/json; charset=utf-8';
  return `HTTP/1.1 ${c.status} X\nContent-Type: ${type}\n${errorHeaders}X-Bkapi-Request-ID: r\n\n${body}`;
}

/** Everything an entry's page shows in one language: its data, its title, summary and prose. */
function pageText(slug: string, lang: (typeof LANGS)[number]): string {
  const entry = catalog.bySlug.get(slug)!;
  const { meta, docs } = entry;
  return [meta.message, meta.example.body, docs[lang].frontmatter.summary, docs[lang].body].join('\n').toLowerCase();
}

describe('every error text of the audit lands on a page that names it', () => {
  it.each(CASES.map((c) => [c.message, c] as const))('%s', (_, c) => {
    const result = classify(response(c), rules);
    expect(result.source).toBe('gateway');
    expect(result.entry).not.toBeNull();
    for (const lang of LANGS) expect(pageText(result.entry!, lang), lang).toContain(c.names.toLowerCase());
    // The search finds the same entry from the pasted message, in both sites.
    for (const lang of LANGS) {
      const top = searchers[lang]!.search(c.message, 3).map((r) => r.slug);
      expect(top, `${lang} search`).toContain(result.entry);
    }
  });

  it('sends the DNS failure to its own entry, with the release that writes the message', () => {
    const result = classify(response(CASES[0]!), rules);
    expect(result.entry).toBe('bad-gateway-dns-failure');
    expect(result.evidence.map((e) => e.signal)).toEqual(
      expect.arrayContaining(['dns-failure-exception', 'release-note']),
    );
  });
});
