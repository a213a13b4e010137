/**
 * The portal as a BlueKing developer-center app, for the browser tests: deploy/bkpaas/server.cjs serving the
 * package's export, behind a small proxy that does what the platform's ingress does
 * (TencentBlueKing/blueking-paas operator/pkg/controllers/dgroupmapping/ingress/builder.go:361-405): a rule per
 * address with the path regex `/(sub-path)/(.*)()`, `rewrite-target: /$2` and `X-Script-Name: /$1$3`; a custom
 * domain on `/` is the same rule with an empty sub-path, so the process gets the path whole and
 * `X-Script-Name: /`. A path no rule matches gets the ingress's own 404.
 *
 * The export: the package (dist/bkpaas/*.tar.gz, made by `npm run bkpaas`) when there is one, else the sub-path
 * export of `npm test` (out-subpath/, built for /docs/apigw-errors) with server.cjs told that is its base path
 * (BK_TEMPLATE_BASE): no third build.
 *
 * Run the site's own specs through it:
 *   npx tsx e2e/bkpaas-ingress.ts -- npx playwright test e2e/csp.spec.ts e2e/subpath.spec.ts …
 * sets E2E_BASE_URL (a custom domain at the root) and E2E_SUBPATH_URL (the sub-path /docs/apigw-errors, routed
 * as a custom domain's path prefix). e2e/bkpaas.spec.ts starts its own, with the apps domain's addresses.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** The apps domain's addresses of a prod and a stag environment (subpaths.py:144-221), and a path prefix. */
export const APP_PATHS = ['apigw-errors', 'stag--apigw-errors', 'prod--default--apigw-errors'];

export type Ingress = { url: string; stop: () => Promise<void> };

/**
 * A proxy to `upstream` with one rule per sub-path (each `/(sub)/(.*)()`), or, with none, a custom domain on `/`.
 */
export async function startIngress(upstream: number, subPaths: string[]): Promise<Ingress> {
  const rules = subPaths.length
    ? subPaths.map((s) => ({ re: new RegExp(`^/(${s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')})/(.*)()$`) }))
    : [{ re: /^\/()(.*)()$/ }];
  const server = http.createServer((req, res) => {
    const url = req.url ?? '/';
    const match = rules.map((r) => r.re.exec(url)).find(Boolean);
    if (!match) {
      res.writeHead(404, { 'Content-Type': 'text/plain' });
      res.end('ingress: no rule for this path\n');
      return;
    }
    // proxy_set_header replaces whatever the client sent.
    const headers = { ...req.headers, 'x-script-name': `/${match[1]}${match[3]}` };
    const out = http.request(
      { host: '127.0.0.1', port: upstream, method: req.method, path: `/${match[2]}`, headers },
      (up) => {
        res.writeHead(up.statusCode ?? 502, up.headers);
        up.pipe(res);
      },
    );
    out.on('error', () => {
      res.writeHead(502);
      res.end();
    });
    req.pipe(out);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}`,
    stop: () =>
      new Promise((r) => {
        server.closeAllConnections();
        server.close(() => r());
      }),
  };
}

export type BkpaasSite = {
  /** The apps domain: `${apps}/apigw-errors/`, `${apps}/stag--apigw-errors/`, … */
  apps: string;
  /** A custom domain at the root. */
  custom: string;
  /** A custom domain with the path prefix /docs/apigw-errors (the sub-path specs' SUB_PATH). */
  prefixed: string;
  /** Where the export came from. */
  source: string;
  /** server.cjs's stdout so far. */
  log: () => string;
  stop: () => Promise<void>;
};

function freePort(): Promise<number> {
  const probe = http.createServer();
  return new Promise((resolve) =>
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    }),
  );
}

/** Unpacks the package (or stages out-subpath/), starts `node server.cjs` with `env`, and the ingresses before it. */
export async function startBkpaas(env: Record<string, string> = {}): Promise<BkpaasSite> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bkpaas-e2e-'));
  const dist = path.join(REPO, 'dist', 'bkpaas');
  const tarball = fs.existsSync(dist) ? fs.readdirSync(dist).find((f) => f.endsWith('.tar.gz')) : undefined;
  const extra: Record<string, string> = {};
  let source: string;
  if (tarball && !process.env.E2E_BKPAAS_FROM_SUBPATH) {
    source = path.join(dist, tarball);
    execFileSync('tar', ['-xzf', source, '-C', dir]);
  } else {
    source = path.join(REPO, 'out-subpath');
    if (!fs.existsSync(path.join(source, 'index.html')))
      throw new Error('no dist/bkpaas/*.tar.gz (npm run bkpaas) and no out-subpath/ (scripts/test.sh builds it)');
    fs.cpSync(source, path.join(dir, 'out'), { recursive: true });
    for (const f of ['server.cjs', 'csp.cjs'])
      fs.copyFileSync(path.join(REPO, 'deploy', 'bkpaas', f), path.join(dir, f));
    extra.BK_TEMPLATE_BASE = '/docs/apigw-errors';
  }
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, ['server.cjs'], {
    cwd: dir,
    env: {
      NODE_ENV: 'production',
      PATH: process.env.PATH ?? '',
      PORT: String(port),
      HOST: '127.0.0.1',
      ...extra,
      ...env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let log = '';
  child.stdout!.on('data', (c: Buffer) => (log += c.toString()));
  const started = Date.now();
  while (!log.includes('server.cjs: serving')) {
    if (child.exitCode !== null || Date.now() - started > 20_000) throw new Error(`server.cjs did not start:\n${log}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  const apps = await startIngress(port, APP_PATHS);
  const custom = await startIngress(port, []);
  const prefixed = await startIngress(port, ['docs/apigw-errors']);
  return {
    apps: apps.url,
    custom: custom.url,
    prefixed: `${prefixed.url}/docs/apigw-errors`,
    source,
    log: () => log,
    stop: async () => {
      await Promise.all([apps.stop(), custom.stop(), prefixed.stop()]);
      child.kill('SIGTERM');
      await new Promise((r) => (child.exitCode !== null ? r(null) : child.once('exit', r)));
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** `tsx e2e/bkpaas-ingress.ts -- <command…>`: runs the command against the site behind the emulated ingress. */
async function main(args: string[]) {
  const command = args[0] === '--' ? args.slice(1) : args;
  if (!command.length) throw new Error('usage: tsx e2e/bkpaas-ingress.ts -- <command> [args…]');
  const site = await startBkpaas();
  console.log(
    `bkpaas: ${site.source} behind the ingress: ${site.apps}/apigw-errors/, ${site.custom}/, ${site.prefixed}/`,
  );
  const run = spawn(command[0]!, command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, E2E_BASE_URL: site.custom, E2E_SUBPATH_URL: site.prefixed },
  });
  const code = await new Promise<number>((r) => run.on('exit', (c) => r(c ?? 1)));
  await site.stop();
  process.exit(code);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  main(process.argv.slice(2)).catch((e: unknown) => {
    console.error(e);
    process.exit(1);
  });
