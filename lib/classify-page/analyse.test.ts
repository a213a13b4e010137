import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadRules } from '../catalog/load';
import { classify } from '../classify';
import { analyse, handoff, identifiers, reduceHar, renderResponse } from './analyse';
import { orderHarEntries } from './har-list';
import { MASK } from '../share/mask';
import { decodeShare } from '../share/share-link';

const rules = loadRules();
const ROOT = path.resolve(import.meta.dirname, '../..');

/** Every paste the repository holds as a sample: the engine's fixtures and the page's end-to-end samples. */
function samples(): { name: string; text: string }[] {
  const dirs = ['lib/classify/fixtures', 'e2e/fixtures-classify']
    .map((d) => path.join(ROOT, d))
    .filter((d) => fs.existsSync(d));
  return dirs.flatMap((dir) =>
    (fs.readdirSync(dir, { recursive: true }) as string[])
      .filter((f) => /\.(txt|har|json|log)$/.test(f) && !f.endsWith('.expected.json'))
      .map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }))
      // Nothing to share in an empty paste: the page offers no link for it.
      .filter((s) => s.text.trim() !== ''),
  );
}
const verdict = (text: string, harEntry?: number) => {
  const { source, layer, status, code, code_name, entry, candidates, request_id } = classify(
    text,
    rules,
    harEntry === undefined ? {} : { harEntry },
  );
  return { source, layer, status, code, code_name, entry, candidates, request_id };
};
const read = (name: string) => fs.readFileSync(path.join(ROOT, 'e2e/fixtures-classify', name), 'utf8');

describe('a shared link gives the same verdict as the page showed', () => {
  it.each(samples().map((s) => [s.name, s] as const))('%s', (_, { text }) => {
    const a = analyse(text, rules, null);
    const { fragment } = handoff(text, a);
    expect(fragment).not.toBeNull();
    const shared = decodeShare(fragment!)!;
    expect(verdict(shared.text, shared.harEntry ?? undefined)).toEqual(verdict(text, a.harIndex ?? undefined));
  });
});

describe('analyse', () => {
  it('reads the verdict, the Date header, the HAR entries and where the evidence sits', () => {
    const text = read('gateway-curl-with-secrets.txt');
    const a = analyse(text, rules, null);
    expect(a.result).toMatchObject({
      source: 'gateway',
      entry: 'app-no-permission',
      request_id: 'f466f78c-5130-4410-9d71-6b65c320cc3f',
    });
    expect(a.date).toBe('Tue, 14 May 2024 08:30:00 GMT');
    expect(a.har).toEqual([]);
    const header = a.result.evidence.findIndex((e) => e.signal === 'error-code-header');
    expect(a.locations[header]?.line).toBe(16);
    expect(a.response).toMatch(/^HTTP\/1\.1 403 Forbidden\n/);
  });

  it('lists a HAR, reads the entry asked for, and defaults to the first failure listed', () => {
    const har = read('several.har');
    const first = analyse(har, rules, null);
    expect(first.har.map((e) => e.status)).toEqual([200, 304, 429, 502]);
    expect(first.harIndex).toBe(2);
    expect(orderHarEntries(first.har)[0]!.index).toBe(2);
    const chosen = analyse(har, rules, 2);
    expect(chosen.harIndex).toBe(2);
    expect(chosen.result).toMatchObject({ source: 'gateway', entry: 'rate-limit-resource-strategy' });
    expect(chosen.date).toBe('Tue, 14 May 2024 08:30:00 GMT');
  });

  it('clips a long body in the quoted response', () => {
    expect(renderResponse({ status: 500, reason: null, headers: [['a', 'b']], body: 'x'.repeat(10) }, 4)).toBe(
      'HTTP/1.1 500\na: b\n\nxxxx\n… (6 more characters)',
    );
    expect(renderResponse(null)).toBe('');
  });
});

describe('handoff: no secret leaves', () => {
  const secrets = [
    'QueryTok3nValue9',
    'AppS3cretValue42',
    'UserT0kenValue77',
    'C00kieTokenValue5',
    'S3ssionValue66',
    'SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c',
  ];
  it('masks the paste in the share link and the response for the ticket', () => {
    const text = read('gateway-curl-with-secrets.txt');
    const h = handoff(text, analyse(text, rules, null));
    const shared = decodeShare(h.fragment!)!.text;
    for (const s of secrets) {
      expect(shared).not.toContain(s);
      expect(h.response).not.toContain(s);
    }
    // The ticket's request line is masked too: a URL may carry a token.
    expect(h.request).toMatch(/^GET .*access_token=\*{6}/);
    // The app code stays: the fix for APP_NO_PERMISSION asks for it.
    expect(shared).toContain(
      `X-Bkapi-Authorization: {"bk_app_code": "my-app", "bk_app_secret": "${MASK}", "bk_token": "${MASK}"}`,
    );
    expect(h.masked.map((m) => m.name)).toEqual(
      expect.arrayContaining([
        'access_token',
        'X-Bkapi-Authorization.bk_app_secret',
        'X-Bkapi-Authorization.bk_token',
        'Cookie',
        'Authorization',
      ]),
    );
  });

  it('keeps the chosen HAR entry in the link, and cuts a HAR too large for a link down to that entry', () => {
    const har = read('several.har');
    const a = analyse(har, rules, 2);
    const small = handoff(har, a);
    expect(decodeShare(small.fragment!)!.harEntry).toBe(2);
    expect(small.reduced).toBe(false);
    for (const s of ['HarAppS3cret11', 'HarC00kie22', 'HarQueryT0ken33'])
      expect(decodeShare(small.fragment!)!.text).not.toContain(s);

    const big = JSON.parse(har);
    big.log.entries[0].response.content.text = JSON.stringify({
      data: Array.from({ length: 40_000 }, (_, i) => `${i}-${(i * 7919) % 1000003}`),
    });
    const bigText = JSON.stringify(big);
    const cut = handoff(bigText, analyse(bigText, rules, 2));
    expect(cut.reduced).toBe(true);
    const shared = decodeShare(cut.fragment!)!;
    expect(JSON.parse(shared.text).log.entries).toHaveLength(1);
    expect(verdict(shared.text)).toEqual(verdict(bigText, 2));
  });

  it('offers no link for an empty paste', () => {
    expect(handoff(' \n', analyse(' \n', rules, null)).fragment).toBeNull();
  });

  it('reduces only a HAR that has the entry', () => {
    expect(reduceHar('not json', 0)).toBeNull();
    expect(reduceHar('{"log": {"entries": []}}', 0)).toBeNull();
  });
});

describe('identifiers', () => {
  it('finds bk_app_code and bk_username however the paste writes them, and nothing else', () => {
    expect(identifiers('X-Bkapi-Authorization: {"bk_app_code": "my-app", "bk_app_secret": "s"}')).toEqual([
      ['bk_app_code', 'my-app'],
    ]);
    expect(identifiers('{\\"bk_username\\": \\"admin\\"} bk_app_code=demo')).toEqual([
      ['bk_app_code', 'demo'],
      ['bk_username', 'admin'],
    ]);
    expect(identifiers('{"bk_app_secret": "s"}')).toEqual([]);
  });
});
