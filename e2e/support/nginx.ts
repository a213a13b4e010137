/**
 * Serves the static exports with Debian's nginx and deploy/nginx.conf, as in production, for the browser tests.
 *
 * A temporary directory holds a minimal main config (pid, logs and temp paths inside it, `daemon off`, the
 * master process is our child), security-headers.conf, a copy of deploy/nginx.conf with only its `listen`
 * line (a free loopback port) and `root` line replaced, the CSP hash maps each export's build wrote
 * (_csp/nginx-map.conf, as csp-map.conf and csp-map-subpath.conf: the files deploy/nginx.conf includes), and
 * the document root: out/ at its top and out-subpath/ (the export built with BASE_PATH=/docs/apigw-errors)
 * at docs/apigw-errors/.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

export const SUB_PATH = '/docs/apigw-errors';
export const NGINX_BIN = process.env.NGINX_BIN ?? '/usr/sbin/nginx';

export type Served = { baseURL: string; subPathURL: string; dir: string; stop: () => Promise<void> };

const LISTEN = /^(\s*)listen\s+8080\s*;\s*$/m;
const ROOT = /^(\s*)root\s+\/usr\/share\/nginx\/html\s*;\s*$/m;

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** deploy/nginx.conf with its listen and root lines replaced; throws if either line is not there exactly once. */
export function siteConfig(source: string, port: number, root: string): string {
  for (const [name, re] of [
    ['listen 8080;', LISTEN],
    ['root /usr/share/nginx/html;', ROOT],
  ] as const) {
    const count = source.match(new RegExp(re.source, 'gm'))?.length ?? 0;
    if (count !== 1)
      throw new Error(
        `deploy/nginx.conf must contain the line "${name}" exactly once (found ${count}): the tests replace it`,
      );
  }
  return source.replace(LISTEN, `$1listen 127.0.0.1:${port};`).replace(ROOT, `$1root ${root};`);
}

function mainConfig(dir: string): string {
  const t = (name: string) => path.join(dir, 'tmp', name);
  return `# Written by e2e/support/nginx.ts for one test run.
daemon off;
worker_processes 1;
pid ${path.join(dir, 'nginx.pid')};
error_log ${path.join(dir, 'error.log')} warn;
events { worker_connections 256; }
http {
  include /etc/nginx/mime.types;
  default_type application/octet-stream;
  access_log ${path.join(dir, 'access.log')};
  sendfile on;
  client_body_temp_path ${t('client_body')};
  proxy_temp_path ${t('proxy')};
  fastcgi_temp_path ${t('fastcgi')};
  uwsgi_temp_path ${t('uwsgi')};
  scgi_temp_path ${t('scgi')};
  include ${path.join(dir, 'site.conf')};
}
`;
}

async function waitUntilUp(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 10_000;
  let lastError: unknown;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null)
      throw new Error(`nginx exited (${child.exitCode ?? child.signalCode}):\n${log()}`);
    try {
      const res = await fetch(url, { redirect: 'manual' });
      await res.arrayBuffer();
      return;
    } catch (e) {
      lastError = e;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`nginx did not answer at ${url} within 10 s (${String(lastError)}):\n${log()}`);
}

/**
 * Starts nginx on a free port of 127.0.0.1 serving `outDir` at the root and `subPathOutDir` (if given) under
 * SUB_PATH. The returned stop() ends it and removes the temporary directory (kept with KEEP_NGINX_DIR=1).
 */
export async function startNginx(opts: { repo: string; outDir: string; subPathOutDir?: string }): Promise<Served> {
  const { repo, outDir, subPathOutDir } = opts;
  if (!fs.existsSync(NGINX_BIN))
    throw new Error(`${NGINX_BIN} is missing: apt-get install nginx (scripts/test.sh does)`);
  if (!fs.existsSync(path.join(outDir, 'index.html')))
    throw new Error(`no export in ${outDir}: run "npm run build" first`);
  if (subPathOutDir && !fs.existsSync(path.join(subPathOutDir, 'index.html'))) {
    throw new Error(
      `no sub-path export in ${subPathOutDir}: build with BASE_PATH=${SUB_PATH} and move out/ there (scripts/test.sh does)`,
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-e2e-nginx-'));
  const root = path.join(dir, 'root');
  try {
    // nginx's workers may run as another user (nobody) when we are root: let them read the tree.
    fs.chmodSync(dir, 0o755);
    fs.cpSync(outDir, root, { recursive: true });
    if (subPathOutDir) fs.cpSync(subPathOutDir, path.join(root, SUB_PATH), { recursive: true });
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  try {
    return await launch(repo, dir, root);
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}

async function launch(repo: string, dir: string, root: string): Promise<Served> {
  fs.copyFileSync(path.join(repo, 'deploy', 'security-headers.conf'), path.join(dir, 'security-headers.conf'));
  // The script hashes of each export, as an operator copies them beside nginx.conf (see deploy/nginx.conf).
  const maps: [from: string, to: string][] = [
    [path.join(root, '_csp'), 'csp-map.conf'],
    [path.join(root, SUB_PATH, '_csp'), 'csp-map-subpath.conf'],
  ];
  for (const [from, to] of maps) {
    const map = path.join(from, 'nginx-map.conf');
    if (fs.existsSync(map)) fs.copyFileSync(map, path.join(dir, to));
    else if (fs.existsSync(path.dirname(from)))
      throw new Error(`${map} is missing: build with "npm run build" (its last step, scripts/csp.ts, writes it)`);
  }
  const site = fs.readFileSync(path.join(repo, 'deploy', 'nginx.conf'), 'utf8');
  const { baseURL, stop } = await runNginx(dir, (port) => {
    fs.writeFileSync(path.join(dir, 'site.conf'), siteConfig(site, port, root));
    fs.writeFileSync(path.join(dir, 'nginx.conf'), mainConfig(dir));
    return path.join(dir, 'nginx.conf');
  });
  return { baseURL, subPathURL: baseURL + SUB_PATH, dir, stop };
}

/**
 * Runs nginx in the foreground with the main config that `configure(port)` writes (and returns the path
 * of) for a free port of 127.0.0.1; pid, error log and temp paths go in `dir`, which stop() removes (kept
 * with KEEP_NGINX_DIR=1). A port found free can be taken before nginx binds it: a few are tried.
 */
export async function runNginx(
  dir: string,
  configure: (port: number) => string,
): Promise<{ baseURL: string; stop: () => Promise<void> }> {
  for (const d of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'])
    fs.mkdirSync(path.join(dir, 'tmp', d), { recursive: true });
  const errorLog = path.join(dir, 'error.log');
  let stderr = '';
  const log = () => (fs.existsSync(errorLog) ? fs.readFileSync(errorLog, 'utf8') : '') + stderr;

  let child: ChildProcess | undefined;
  let port = 0;
  for (let attempt = 0; attempt < 5; attempt++) {
    port = await freePort();
    const conf = configure(port);
    stderr = '';
    // -p: the prefix; -c: the main config, whose directory is where relative includes (security-headers.conf)
    // are looked up; -e: the error log before the config is read (not /var/log/nginx).
    child = spawn(NGINX_BIN, ['-p', dir, '-c', conf, '-e', errorLog], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr!.on('data', (b: Buffer) => (stderr += b.toString()));
    try {
      await waitUntilUp(`http://127.0.0.1:${port}/`, child, log);
      break;
    } catch (e) {
      // SIGTERM: the master stops its workers too (after SIGKILL they would linger).
      child.kill('SIGTERM');
      if (!/Address already in use/.test(log()) || attempt === 4) throw e;
    }
  }
  const proc = child!;
  const killOnExit = () => {
    proc.kill('SIGTERM');
    if (!process.env.KEEP_NGINX_DIR) fs.rmSync(dir, { recursive: true, force: true });
  };
  process.once('exit', killOnExit);
  return {
    baseURL: `http://127.0.0.1:${port}`,
    stop: async () => {
      process.off('exit', killOnExit);
      if (proc.exitCode === null && proc.signalCode === null) {
        const exited = new Promise((r) => proc.once('exit', r));
        proc.kill('SIGQUIT'); // graceful shutdown
        await Promise.race([exited, new Promise((r) => setTimeout(r, 3000))]);
        if (proc.exitCode === null && proc.signalCode === null) proc.kill('SIGKILL');
      }
      if (!process.env.KEEP_NGINX_DIR) fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
