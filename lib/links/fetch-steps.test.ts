import { describe, expect, it } from 'vitest';
import { debugCurl, fetchSteps, safeUrl, shellQuote } from './fetch-steps';
import { loadRules } from '../catalog/load';
import { classify } from '../classify';

const rules = loadRules();
const SECRETS = ['QueryTok3nValue9', 'AppS3cretValue42', 'UserT0kenValue77', 'C00kieTokenValue5', 'S3ssionValue66'];

describe('what to fetch to be sure', () => {
  it('a body alone: the HAR with content, the response headers, the request with the debug header', () => {
    const r = classify(
      '{"code":1640301,"code_name":"APP_NO_PERMISSION","message":"App has no permission to the resource"}',
      rules,
    );
    const steps = fetchSteps(r);
    expect(steps.map((s) => s.kind)).toEqual(['curl', 'har', 'headers']);
    expect(steps.flatMap((s) => s.covers).sort()).toEqual([...r.missing].sort());
    expect(steps[0]).toMatchObject({ kind: 'curl', command: expect.stringContaining("-H 'X-Bkapi-Debug: true'") });
  });

  it('nothing missing: no step', () => {
    expect(fetchSteps({ missing: [], request: null, app: null })).toEqual([]);
  });

  it("the paste's own request, every secret a placeholder", () => {
    const paste = [
      '> POST /api/my-gateway/prod/users/?page=1&access_token=QueryTok3nValue9&bk_app_secret=AppS3cretValue42 HTTP/1.1',
      '> Host: bkapi.example.com',
      '> X-Bkapi-Authorization: {"bk_app_code": "my-app", "bk_app_secret": "AppS3cretValue42", "bk_token": "UserT0kenValue77"}',
      '> Cookie: bk_token=C00kieTokenValue5; sessionid=S3ssionValue66',
      '>',
      '< HTTP/1.1 502 Bad Gateway',
      '<',
      '<html><body>bad gateway</body></html>',
    ].join('\n');
    const r = classify(paste, rules);
    const cmd = debugCurl(r.request, r.app?.bk_app_code ?? null);
    expect(cmd).toBe(
      `curl -i -X POST -H 'X-Bkapi-Debug: true' -H 'X-Bkapi-Authorization: {"bk_app_code":"my-app","bk_app_secret":"<bk_app_secret>"}' 'bkapi.example.com/api/my-gateway/prod/users/?page=1&access_token=<access_token>&bk_app_secret=<bk_app_secret>'`,
    );
    for (const s of SECRETS) expect(cmd).not.toContain(s);
  });

  it('no request in the paste: the URL is a placeholder', () => {
    expect(debugCurl(null, null)).toBe(
      `curl -i -H 'X-Bkapi-Debug: true' -H 'X-Bkapi-Authorization: {"bk_app_code":"<bk_app_code>","bk_app_secret":"<bk_app_secret>"}' '<URL of the call>'`,
    );
  });

  it('a hostile URL stays one quoted word, without user, password, fragment or token', () => {
    const cmd = debugCurl(
      { method: 'GET; rm -rf /', url: "https://u:pw@h.example.com/a'$(id)`x`?token=T0ken#frag", host: null },
      "x'; rm -rf /",
    );
    expect(cmd).not.toMatch(/T0ken|pw@|frag|rm -rf/);
    expect(cmd.endsWith(`'https://h.example.com/a'\\''$(id)%60x%60?token=<token>'`)).toBe(true);
    // The shell reads it back as the same words.
    expect(shellQuote("a'b")).toBe(`'a'\\''b'`);
  });

  it('a JWT in the path is masked', () => {
    const jwt =
      'eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiJteS1hcHAiLCJpYXQiOjE3MTU2NzU0MDB9.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c';
    expect(debugCurl({ method: 'GET', url: `https://h.example.com/t/${jwt}/`, host: null }, null)).not.toContain(
      'SflKxw',
    );
  });

  it('what is not a URL gives the placeholder', () => {
    for (const u of ['not a url', 'x'.repeat(5000), 'javascript:alert(1)', '//evil'])
      expect(safeUrl(u, null)).toBeNull();
  });
});
