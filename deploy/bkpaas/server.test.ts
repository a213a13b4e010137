/**
 * The BlueKing serving process (server.cjs) as the platform runs it: behind an ingress that removes the app's
 * path and names it in X-Script-Name (../shared/reference/bk-deploy.md §1.7), on the old Node of the default
 * runtime (§1.4). The export here is a small one written like the build's: the real language redirect for the
 * placeholder base path, a Next-style bootstrap script, a script by src, the 404 page, nginx's map; each page's
 * meta policy put in by the same code as the build's (csp.cjs, through scripts/csp.ts).
 */
import { execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import { builtinModules, createRequire } from 'node:module';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import * as acorn from 'acorn';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { redirectScript } from '../../lib/site';

const require = createRequire(import.meta.url);
const HERE = path.dirname(new URL(import.meta.url).pathname);
const REPO = path.resolve(HERE, '..', '..');
type Handler = (req: http.IncomingMessage, res: http.ServerResponse) => void;
const server = require('./server.cjs') as {
  PLACEHOLDER: string;
  createHandler: (o: { root: string; env?: Record<string, string>; log?: (l: string) => void }) => Handler;
  runtimeConfig: (env: Record<string, string>) => { config: Record<string, string>; problems: string[] };
};
const csp = require('./csp.cjs') as typeof import('./csp.cjs');
const P = server.PLACEHOLDER;

let tmp = '';
let root = '';

function page(title: string, body: string) {
  return (
    `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"/><title>${title}</title>` +
    `<link rel="stylesheet" href="${P}/_next/static/css/site.css"/>` +
    `<script src="${P}/_next/static/chunks/main.js" async=""></script></head><body>${body}` +
    `<a href="${P}/zh/">中文</a><script>self.__next_f.push([1,"${P}/_next/static/chunks/main.js \\u003c${title}"])</script>` +
    `</body></html>`
  );
}

/** The export, as `npm run build` with BASE_PATH=/__bk_base_path__ leaves it (csp.ts's meta included). */
function writeExport(dir: string) {
  const files: Record<string, string> = {
    'index.html': page('neutral', `<script>${redirectScript(P)}</script><p>→</p>`),
    'zh/index.html': page('首页', '<h1>蓝鲸 API 网关错误</h1>'),
    'en/index.html': page('home', '<h1>Errors</h1>'),
    'zh/errors/app-no-permission/index.html': page('应用无权限', '<h1>应用无权限</h1>'),
    'errors/app-no-permission/index.html': page('neutral entry', `<script>${redirectScript(P)}</script>`),
    '404.html': page('404', '<h1>404</h1>'),
    'zh/errors/app-no-permission/index.md': `# 应用无权限\n\n[中文](${P}/zh/)\n`,
    '_next/static/chunks/main.js': `self.base=${JSON.stringify(P)};self.chunks=${JSON.stringify(P + '/_next/static/')};\n`,
    '_next/static/css/site.css': `body{background:url(${P}/_next/static/media/x.svg)}\n` + '.a{color:red}\n'.repeat(40),
    'catalog.json': JSON.stringify({ home: `${P}/zh/` }),
    'favicon.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>',
    '_csp/nginx-map.conf': '"/index.html" "";\n',
    '.hidden': 'not for anyone',
  };
  for (const [name, text] of Object.entries(files)) {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, name.endsWith('.html') ? csp.secure(text).html : text);
  }
  fs.mkdirSync(path.join(dir, '_next', 'empty'), { recursive: true });
}

beforeAll(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'bkpaas-server-'));
  root = path.join(tmp, 'out');
  writeExport(root);
  fs.writeFileSync(path.join(tmp, 'secret.txt'), 'SECRET outside the export');
});
afterAll(() => fs.rmSync(tmp, { recursive: true, force: true }));

type Reply = { status: number; headers: http.IncomingHttpHeaders; body: Buffer; text: string };

/** Serves `root` with `env` on a loopback port for the duration of `fn`. */
async function serving<T>(
  env: Record<string, string>,
  fn: (get: (p: string, h?: Record<string, string>, method?: string) => Promise<Reply>, lines: string[]) => Promise<T>,
): Promise<T> {
  const lines: string[] = [];
  const handler = server.createHandler({ root, env, log: (l) => lines.push(l) });
  const srv = http.createServer(handler);
  await new Promise<void>((r) => srv.listen(0, '127.0.0.1', r));
  const port = (srv.address() as AddressInfo).port;
  // A raw request line: no URL parser in between, so /../ and %2e%2e arrive as a client may send them.
  const get = (p: string, headers: Record<string, string> = {}, method = 'GET') =>
    new Promise<Reply>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port, path: p, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          const raw = Buffer.concat(chunks);
          const body = res.headers['content-encoding'] === 'gzip' ? zlib.gunzipSync(raw) : raw;
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: raw, text: body.toString('utf8') });
        });
      });
      req.on('error', reject);
      req.end();
    });
  try {
    return await fn(get, lines);
  } finally {
    await new Promise((r) => srv.close(r));
  }
}

const behind = (prefix: string) => ({ 'X-Script-Name': prefix });

/** The hashes in a policy's script-src. */
function scriptHashes(policy: string): string[] {
  const src = policy.split(';').find((d) => d.trim().startsWith('script-src')) ?? '';
  return src.trim().split(/\s+/).slice(2).sort();
}
function metaPolicy(html: string): string {
  return /<meta http-equiv="Content-Security-Policy" content="([^"]*)" data-csp=""\/>/.exec(html)?.[1] ?? '';
}
function configMeta(html: string): Record<string, string> | null {
  const m = /<meta name="apigw-portal-config" content="([^"]*)"\/>/.exec(html);
  return m
    ? (JSON.parse(
        m[1]!
          .replace(/&quot;/g, '"')
          .replace(/&lt;/g, '<')
          .replace(/&gt;/g, '>')
          .replace(/&amp;/g, '&'),
      ) as Record<string, string>)
    : null;
}

describe('server.cjs runs on the old Node of the default BlueKing runtime (bk-deploy.md §1.4)', () => {
  const sources = ['server.cjs', 'csp.cjs'].map((f) => [f, fs.readFileSync(path.join(HERE, f), 'utf8')] as const);

  it('parses at ES2017 as a CommonJS script, and the check refuses later syntax', () => {
    for (const [name, src] of sources) {
      expect(() => acorn.parse(src, { ecmaVersion: 2017, sourceType: 'script' }), name).not.toThrow();
    }
    // What Node 8/10 would not take: object spread (ES2018), optional catch binding (ES2019), ?. and ?? (ES2020).
    for (const later of ['({...a})', 'try{}catch{}', 'a?.b', 'a??b'])
      expect(() => acorn.parse(later, { ecmaVersion: 2017, sourceType: 'script' }), later).toThrow();
  });

  it('requires only Node built-ins (and csp.cjs beside it, which requires only built-ins)', () => {
    const required = (src: string) => {
      const names: string[] = [];
      const walk = (node: unknown): void => {
        if (!node || typeof node !== 'object') return;
        const n = node as { type?: string; callee?: { type: string; name?: string }; arguments?: unknown[] };
        if (n.type === 'CallExpression' && n.callee?.type === 'Identifier' && n.callee.name === 'require') {
          const arg = n.arguments?.[0] as { type: string; value?: unknown } | undefined;
          names.push(arg?.type === 'Literal' ? String(arg.value) : '(computed)');
        }
        for (const v of Object.values(node)) (Array.isArray(v) ? v : [v]).forEach(walk);
      };
      walk(acorn.parse(src, { ecmaVersion: 2017, sourceType: 'script' }));
      return names;
    };
    const [serverSrc, cspSrc] = [sources[0]![1], sources[1]![1]];
    expect(required(serverSrc).filter((n) => !builtinModules.includes(n))).toEqual(['./csp.cjs']);
    expect(required(cspSrc).filter((n) => !builtinModules.includes(n))).toEqual([]);
    expect(required(serverSrc)).toEqual(expect.arrayContaining(['http', 'fs', 'path', 'crypto', 'zlib']));
  });
});

describe('the app path, per request', () => {
  it('comes from X-Script-Name: pages, assets and data carry it, with or without its trailing slash', async () => {
    await serving({}, async (get) => {
      for (const [header, prefix] of [
        ['/apigw-errors', '/apigw-errors'],
        ['/apigw-errors/', '/apigw-errors'],
        ['/stag--apigw-errors', '/stag--apigw-errors'],
        ['/prod--default--apigw-errors/', '/prod--default--apigw-errors'],
        ['/', ''],
        ['', ''],
      ] as const) {
        const home = await get('/zh/', behind(header));
        expect(home.status, header).toBe(200);
        expect(home.text).toContain(`href="${prefix}/_next/static/css/site.css"`);
        expect(home.text).toContain(`href="${prefix}/zh/"`);
        expect(home.text).not.toContain('__bk_base_path__');
        const js = await get('/_next/static/chunks/main.js', behind(header));
        expect(js.text).toBe(
          `self.base=${JSON.stringify(prefix)};self.chunks=${JSON.stringify(prefix + '/_next/static/')};\n`,
        );
        expect((await get('/catalog.json', behind(header))).text).toBe(JSON.stringify({ home: `${prefix}/zh/` }));
        expect((await get('/zh/errors/app-no-permission/index.md', behind(header))).text).toContain(`(${prefix}/zh/)`);
      }
    });
  });

  it('sends the language redirect of a neutral page to the language under the app path', async () => {
    await serving({}, async (get) => {
      const html = (await get('/errors/app-no-permission/', behind('/apigw-errors'))).text;
      const script = /<script>(\(function\(\)\{var b=[\s\S]*?)<\/script>/.exec(html)![1]!;
      expect(script).toBe(redirectScript('/apigw-errors'));
      let to = '';
      const location = {
        pathname: '/apigw-errors/errors/app-no-permission/',
        search: '?x=1',
        hash: '#fix',
        replace: (u: string) => (to = u),
      };
      new Function('navigator', 'location', 'document', script)({ languages: ['en-US'] }, location, { cookie: '' });
      expect(to).toBe('/apigw-errors/en/errors/app-no-permission/?x=1#fix');
    });
  });

  it('refuses an X-Script-Name that is no path (400): it would go into pages and redirects', async () => {
    await serving({}, async (get, lines) => {
      // '/a, /b': two headers, as Node joins them.
      for (const bad of [
        'apigw-errors',
        '//evil.example',
        '/a b',
        '/a"><script>',
        '/a/../b',
        '/a/./b',
        '/x%2F',
        '/a, /b',
      ]) {
        const r = await get('/zh', { 'X-Script-Name': bad });
        expect(r.status, bad).toBe(400);
        expect(r.headers.location).toBeUndefined();
        expect(r.headers['content-security-policy']).toContain("frame-ancestors 'none'");
      }
      expect(lines.filter((l) => / 400 /.test(l))).toHaveLength(8);
    });
  });

  it('falls back to BKPAAS_SUB_PATH only with BKPAAS_DEFAULT_SUBPATH_ADDRESS (config_var.py:419-426), else the root', async () => {
    const sub = { BKPAAS_SUB_PATH: '/stag--apigw-errors/' };
    await serving(sub, async (get) => {
      // The legacy value is an address nothing routes: not trusted alone.
      expect((await get('/zh/')).text).toContain('href="/_next/static/css/site.css"');
    });
    await serving(
      { ...sub, BKPAAS_DEFAULT_SUBPATH_ADDRESS: 'http://apps.example.com/stag--apigw-errors/' },
      async (get) => {
        const viaSub = await get('/stag--apigw-errors/zh/');
        expect(viaSub.status).toBe(200);
        expect(viaSub.text).toContain('href="/stag--apigw-errors/_next/static/css/site.css"');
        expect((await get('/zh/')).text).toContain('href="/stag--apigw-errors/zh/"');
        const redirect = await get('/stag--apigw-errors/zh');
        expect([redirect.status, redirect.headers.location]).toEqual([301, '/stag--apigw-errors/zh/']);
        // The header still wins where the ingress sent it.
        expect((await get('/zh/', behind('/apigw-errors'))).text).toContain('href="/apigw-errors/zh/"');
      },
    );
    await serving({ BKPAAS_SUB_PATH: '/x"y/', BKPAAS_DEFAULT_SUBPATH_ADDRESS: '1' }, async (get) => {
      expect((await get('/zh/')).text).toContain('href="/zh/"');
    });
  });
});

describe('files, as deploy/nginx.conf serves them', () => {
  it('never serves anything outside the export: .., %2e%2e, encoded slashes, backslashes, NUL', async () => {
    await serving({}, async (get) => {
      for (const p of [
        '/../secret.txt',
        '/zh/../../secret.txt',
        '/%2e%2e/secret.txt',
        '/%2E%2E/secret.txt',
        '/zh/%2e%2e%2f%2e%2e%2fsecret.txt',
        '/..%2fsecret.txt',
        '/%5c..%5csecret.txt',
        '/zh/%00/index.html',
        '/index.html%00.md',
        '/%',
        '/./index.html',
      ]) {
        const r = await get(p, behind('/apigw-errors'));
        expect([400, 404], p).toContain(r.status);
        expect(r.text, p).not.toContain('SECRET');
      }
    });
  });

  it("never serves nginx's hash map or hidden files: the 404 page instead", async () => {
    await serving({}, async (get) => {
      for (const p of ['/_csp/nginx-map.conf', '/_csp/', '/.hidden']) {
        const r = await get(p, behind('/apigw-errors'));
        expect(r.status, p).toBe(404);
        expect(r.text).toContain('<h1>404</h1>');
      }
    });
  });

  it('sends a directory address without its slash to the one with it, under the app path, keeping the query', async () => {
    await serving({}, async (get) => {
      const cases: [string, string, string][] = [
        ['/zh', '/apigw-errors', '/apigw-errors/zh/'],
        [
          '/zh/errors/app-no-permission?from=alert&x=%20',
          '/apigw-errors',
          '/apigw-errors/zh/errors/app-no-permission/?from=alert&x=%20',
        ],
        ['/zh', '/', '/zh/'],
        ['/en', '/stag--apigw-errors/', '/stag--apigw-errors/en/'],
      ];
      for (const [p, prefix, location] of cases) {
        const r = await get(p, behind(prefix));
        expect([r.status, r.headers.location], p).toEqual([301, location]);
        expect(r.headers['x-frame-options']).toBe('DENY');
      }
      // Not a directory: not found, not redirected.
      expect((await get('/zh/nothing', behind('/apigw-errors'))).status).toBe(404);
    });
  });

  it('answers an unknown address with the 404 page, under the app path, its policy for its own scripts', async () => {
    await serving({}, async (get) => {
      for (const p of [
        '/nothing/',
        '/zh/errors/nothing/',
        '/_next/static/chunks/gone.js',
        '/_next/empty/',
        '/zh/index.html/',
      ]) {
        const r = await get(p, behind('/apigw-errors'));
        expect(r.status, p).toBe(404);
        expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
        expect(r.headers['cache-control']).toBe('no-cache');
        expect(r.text).toContain('href="/apigw-errors/_next/static/css/site.css"');
        expect(scriptHashes(String(r.headers['content-security-policy']))).toEqual(csp.inlineScriptHashes(r.text));
      }
    });
  });

  it('answers /healthz, and only GET and HEAD', async () => {
    await serving({}, async (get) => {
      const ok = await get('/healthz');
      expect([ok.status, ok.text]).toEqual([200, 'ok\n']);
      expect((await get('/healthz', behind('/apigw-errors'))).status).toBe(200);
      const head = await get('/zh/', behind('/x'), 'HEAD');
      expect([head.status, head.body.length]).toEqual([200, 0]);
      expect(Number(head.headers['content-length'])).toBeGreaterThan(0);
      const post = await get('/zh/', behind('/x'), 'POST');
      expect([post.status, post.headers.allow]).toEqual([405, 'GET, HEAD']);
    });
  });

  it('caches hashed assets for a year and revalidates the rest; gzips text; answers a matching ETag with 304', async () => {
    await serving({}, async (get) => {
      const css = await get('/_next/static/css/site.css', { ...behind('/x'), 'Accept-Encoding': 'gzip' });
      expect(css.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(css.headers['content-encoding']).toBe('gzip');
      expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
      expect(css.text).toContain('url(/x/_next/static/media/x.svg)');
      const home = await get('/zh/', behind('/x'));
      expect(home.headers['cache-control']).toBe('no-cache');
      expect(home.headers['content-encoding']).toBeUndefined();
      expect(home.headers.vary).toBe('Accept-Encoding');
      const again = await get('/zh/', { ...behind('/x'), 'If-None-Match': String(home.headers.etag) });
      expect([again.status, again.body.length]).toEqual([304, 0]);
      // The same file under another app path is another body, so another ETag.
      expect((await get('/zh/', behind('/y'))).headers.etag).not.toBe(home.headers.etag);
      expect((await get('/zh/errors/app-no-permission/index.md', behind('/x'))).headers['content-type']).toBe(
        'text/markdown; charset=utf-8',
      );
    });
  });

  it('sends the security headers of deploy/security-headers.conf on pages, redirects, 404s and errors', async () => {
    const conf = fs.readFileSync(path.join(REPO, 'deploy', 'security-headers.conf'), 'utf8');
    const expected = [...conf.matchAll(/^add_header ([\w-]+) "([^"]*)" always;/gm)].map((m) => [m[1]!, m[2]!] as const);
    expect(expected.length).toBe(7);
    await serving({}, async (get) => {
      for (const [p, status] of [
        ['/zh/', 200],
        ['/zh', 301],
        ['/nothing/', 404],
        ['/_next/static/chunks/main.js', 200],
        ['/%', 400],
      ] as const) {
        const r = await get(p, behind('/apigw-errors'));
        expect(r.status).toBe(status);
        const hashes = p === '/zh/' || p === '/nothing/' ? csp.inlineScriptHashes(r.text) : [];
        for (const [name, value] of expected) {
          const want = value.replace('$csp_script_hashes', hashes.map((h) => ` ${h}`).join(''));
          expect(r.headers[name.toLowerCase()], `${p} ${name}`).toBe(want);
        }
      }
    });
  });

  it('logs one line per request, with the status and the app path', async () => {
    await serving({}, async (get, lines) => {
      await get('/zh/', behind('/apigw-errors'));
      await get('/nothing/', behind('/apigw-errors'));
      await get('/healthz');
      expect(lines).toHaveLength(3);
      expect(lines[0]).toMatch(/^\d{4}-\d\d-\d\dT\S+ 127\.0\.0\.1 "GET \/zh\/" 200 \d+ prefix="\/apigw-errors" \d+ms$/);
      expect(lines[1]).toContain('"GET /nothing/" 404 ');
      expect(lines[2]).toContain('"GET /healthz" 200 3 prefix=""');
    });
  });
});

describe('the Content-Security-Policy of a served page', () => {
  const pages = ['/', '/zh/', '/en/', '/zh/errors/app-no-permission/', '/errors/app-no-permission/'];
  const fileOf = (p: string) => `${p.slice(1)}index.html`;

  it('allows exactly the inline scripts the page carries, in the header and in the meta tag', async () => {
    await serving({}, async (get) => {
      for (const prefix of ['', '/apigw-errors', '/stag--apigw-errors']) {
        for (const p of pages) {
          const r = await get(p, behind(prefix || '/'));
          const inline = csp.inlineScriptHashes(r.text);
          expect(inline.length, p).toBeGreaterThanOrEqual(1);
          expect(scriptHashes(String(r.headers['content-security-policy'])), `${prefix}${p} header`).toEqual(inline);
          expect(scriptHashes(metaPolicy(r.text)), `${prefix}${p} meta`).toEqual(inline);
          expect(r.headers['content-security-policy']).toBe(`${metaPolicy(r.text)}; frame-ancestors 'none'`);
          // The placeholder's hashes are gone wherever the script carried the base path.
          if (prefix)
            expect(scriptHashes(metaPolicy(fs.readFileSync(path.join(root, fileOf(p)), 'utf8')))).not.toEqual(inline);
        }
      }
    });
  });

  it("equals the build's for the same path: scripts/csp.ts run on the export built for that path", async () => {
    for (const prefix of ['', '/apigw-errors', '/stag--apigw-errors']) {
      // What `BASE_PATH=<prefix> npm run build` writes: the same pages with the path in place of the placeholder,
      // then scripts/csp.ts over them (its meta tags and nginx's map).
      const built = path.join(tmp, `built${prefix.replace(/\//g, '_') || '_root'}`);
      fs.cpSync(root, built, { recursive: true });
      for (const p of pages) {
        const file = path.join(built, fileOf(p));
        fs.writeFileSync(file, fs.readFileSync(file, 'utf8').split(P).join(prefix));
      }
      execFileSync(path.join(REPO, 'node_modules', '.bin', 'tsx'), [path.join(REPO, 'scripts', 'csp.ts')], {
        env: { ...process.env, OUT_DIR: built, BASE_PATH: prefix },
        stdio: 'pipe',
      });
      const map = fs.readFileSync(path.join(built, '_csp', 'nginx-map.conf'), 'utf8');
      await serving({}, async (get) => {
        for (const p of pages) {
          const r = await get(p, behind(prefix || '/'));
          expect(r.text, `${prefix}${p}`).toBe(fs.readFileSync(path.join(built, fileOf(p)), 'utf8'));
          const entry = map.split('\n').find((l) => l.startsWith(`"${prefix}/${fileOf(p)}" `))!;
          const nginxHashes = /" "(.*)";$/.exec(entry)![1]!;
          expect(r.headers['content-security-policy']).toBe(
            `default-src 'self'; script-src 'self'${nginxHashes}; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self'; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'`,
          );
        }
      });
    }
  });
});

describe("the installation's settings in the page (contract/site-config.md, Inside a BlueKing platform)", () => {
  it('nothing set: no config meta, the page as built', async () => {
    await serving({}, async (get) => {
      expect(configMeta((await get('/zh/', behind('/x'))).text)).toBeNull();
    });
  });

  it('BKPAAS_URL gives the developer center; a PORTAL_* variable set on the app overrides it or adds the others', async () => {
    await serving({ BKPAAS_URL: 'https://paas.example.com' }, async (get) => {
      expect(configMeta((await get('/zh/', behind('/x'))).text)).toEqual({ paas: 'https://paas.example.com/' });
    });
    const env = {
      BKPAAS_URL: 'https://paas.example.com/',
      PORTAL_PAAS_URL: 'http://bkpaas.intra.example/',
      PORTAL_APIGW_DASHBOARD_URL: 'https://apigw.example.com/',
      PORTAL_FEEDBACK_URL: 'https://tracker.example.com/new?title={title}&body={body}',
    };
    await serving(env, async (get) => {
      const html = (await get('/en/', behind('/x'))).text;
      expect(configMeta(html)).toEqual({
        paas: 'http://bkpaas.intra.example/',
        dashboard: 'https://apigw.example.com/',
        feedback: 'https://tracker.example.com/new?title={title}&body={body}',
      });
      // In <head>, after the policy, once; a meta is no script: the policy is unchanged by it.
      expect(html.indexOf('name="apigw-portal-config"')).toBeLessThan(html.indexOf('</head>'));
      expect(html.match(/apigw-portal-config/g)).toHaveLength(1);
      expect(html).toContain('&amp;body={body}');
      // The 404 page too.
      expect(configMeta((await get('/nothing/', behind('/x'))).text)?.dashboard).toBe('https://apigw.example.com/');
    });
  });

  it('only http(s) addresses: anything else is left out and named once at start', async () => {
    const env = {
      BKPAAS_URL: 'https://paas.example.com/',
      PORTAL_FEEDBACK_URL: 'javascript:alert(1)',
      PORTAL_APIGW_DASHBOARD_URL: 'https://apigw.example.com/"><script>',
      PORTAL_PAAS_URL: 'ftp://paas.example.com/',
    };
    expect(server.runtimeConfig(env).problems).toEqual([
      'PORTAL_APIGW_DASHBOARD_URL is not an http: or https: URL; left out',
      'PORTAL_PAAS_URL is not an http: or https: URL; left out',
      'PORTAL_FEEDBACK_URL is not an http: or https: URL; left out',
    ]);
    await serving(env, async (get) => {
      const html = (await get('/zh/', behind('/x'))).text;
      expect(configMeta(html)).toEqual({ paas: 'https://paas.example.com/' });
      expect(html).not.toContain('javascript:');
    });
  });

  it("replaces a meta the build wrote, keeping the build's other settings", async () => {
    const file = path.join(root, 'en', 'index.html');
    const original = fs.readFileSync(file, 'utf8');
    const built = JSON.stringify({
      dashboard: 'https://built.example.com/',
      feedback: 'https://t.example.com/{title}',
    });
    fs.writeFileSync(
      file,
      original.replace(
        '<title>',
        `<meta name="apigw-portal-config" content="${built.replace(/"/g, '&quot;')}"/><title>`,
      ),
    );
    try {
      await serving({ PORTAL_APIGW_DASHBOARD_URL: 'https://run.example.com' }, async (get) => {
        const html = (await get('/en/', behind('/x'))).text;
        expect(configMeta(html)).toEqual({
          dashboard: 'https://run.example.com/',
          feedback: 'https://t.example.com/{title}',
        });
        expect(html.match(/apigw-portal-config/g)).toHaveLength(1);
      });
    } finally {
      fs.writeFileSync(file, original);
    }
  });
});

describe('node server.cjs, as the platform starts it', () => {
  it('listens on PORT, logs to stdout, and stops on SIGTERM', async () => {
    const app = path.join(tmp, 'app');
    fs.mkdirSync(app, { recursive: true });
    for (const f of ['server.cjs', 'csp.cjs']) fs.copyFileSync(path.join(HERE, f), path.join(app, f));
    fs.cpSync(root, path.join(app, 'out'), { recursive: true });
    const probe = http.createServer();
    await new Promise<void>((r) => probe.listen(0, '127.0.0.1', r));
    const port = (probe.address() as AddressInfo).port;
    await new Promise((r) => probe.close(r));
    const child = spawn(process.execPath, ['server.cjs'], {
      cwd: app,
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PORTAL_FEEDBACK_URL: 'nope' },
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    try {
      await expect.poll(() => out, { timeout: 10_000 }).toContain('server.cjs: serving');
      expect(out).toContain('config: PORTAL_FEEDBACK_URL is not an http: or https: URL; left out');
      const res = await fetch(`http://127.0.0.1:${port}/zh/`, { headers: behind('/apigw-errors') });
      expect(res.status).toBe(200);
      expect(await res.text()).toContain('href="/apigw-errors/zh/"');
      await expect.poll(() => out).toContain('"GET /zh/" 200');
    } finally {
      child.kill('SIGTERM');
    }
    const code = await new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    expect(code).toBe(0);
  });
});
