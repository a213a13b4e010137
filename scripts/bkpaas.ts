// `npm run bkpaas`: the S-mart source package for the BlueKing developer center, dist/bkpaas/<code>-<version>.tar.gz
// (docs/bkpaas.md). It builds the export with a placeholder base path (the app's real path is known only per
// request, from X-Script-Name), stages it with deploy/bkpaas/ (app_desc.yaml, package.json, server.cjs, csp.cjs,
// logo.png) and writes the tarball, then reads it back and checks it as the platform's reader would.
//
//   npm run bkpaas                           build, stage, pack, check
//   npm run bkpaas -- --node-version 14.21.3 the exact Node the target platform's runtime store holds
//   npm run bkpaas -- --export DIR           pack an export already built with BASE_PATH=/__bk_base_path__
//   npm run bkpaas -- --stage DIR            also keep the staged directory there (for smart-app-builder)
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import zlib from 'node:zlib';
import { parse } from 'yaml';

const REPO = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const TEMPLATE_DIR = path.join(REPO, 'deploy', 'bkpaas');
/** The base path the package's export is built with; server.cjs replaces it with the app's path per request. */
export const PLACEHOLDER = '/__bk_base_path__';
/** The BlueKing Node docs' pin (bk-deploy.md §1.4, §7.2); Node 18+ does not run on the default bionic image. */
export const DEFAULT_NODE_VERSION = '16.16.0';
/** The files of deploy/bkpaas/ that go into the package, beside out/. */
export const SHIPPED = ['server.cjs', 'csp.cjs', 'logo.png'];
/** The upload's size limit, BK_MAX_PACKAGE_SIZE's default (webfe smart.vue:60,272). */
export const MAX_PACKAGE_BYTES = 500 * 1024 * 1024;

/** app_desc.yaml with its version filled in. */
export function appDescText(template: string, version: string): string {
  return template.replaceAll('__APP_VERSION__', version);
}

/** The package's package.json: no dependencies, no build script, the exact Node the buildpack downloads. */
export function packageJsonText(template: string, version: string, nodeVersion: string): string {
  if (!/^\d+\.\d+\.\d+$/.test(nodeVersion))
    throw new Error(`the Node version must be exact (like ${DEFAULT_NODE_VERSION}), got "${nodeVersion}"`);
  return template.replaceAll('__APP_VERSION__', version).replaceAll('__NODE_VERSION__', nodeVersion);
}

/** The app code and version the package is named after: the code from app_desc.yaml, the version from ours. */
export function packageName(appDesc: string): string {
  const desc = parse(appDesc) as { appVersion?: unknown; app?: { bkAppCode?: unknown } };
  return `${String(desc.app?.bkAppCode)}-${String(desc.appVersion)}.tar.gz`;
}

/** Copies the export (without _csp/, nginx's map) and the package's own files into `stageDir`. */
export function stage(opts: { exportDir: string; stageDir: string; version: string; nodeVersion: string }): void {
  const { exportDir, stageDir, version, nodeVersion } = opts;
  if (!fs.existsSync(path.join(exportDir, 'index.html'))) throw new Error(`no export in ${exportDir}`);
  fs.rmSync(stageDir, { recursive: true, force: true });
  fs.mkdirSync(stageDir, { recursive: true });
  fs.cpSync(exportDir, path.join(stageDir, 'out'), {
    recursive: true,
    filter: (src) => path.relative(exportDir, src).split(path.sep)[0] !== '_csp',
  });
  const read = (name: string) => fs.readFileSync(path.join(TEMPLATE_DIR, name), 'utf8');
  fs.writeFileSync(path.join(stageDir, 'app_desc.yaml'), appDescText(read('app_desc.yaml'), version));
  fs.writeFileSync(path.join(stageDir, 'package.json'), packageJsonText(read('package.json'), version, nodeVersion));
  for (const name of SHIPPED) fs.copyFileSync(path.join(TEMPLATE_DIR, name), path.join(stageDir, name));
}

/** The regular files and directories under `dir`, as sorted relative POSIX paths (directories end with /). */
function walk(dir: string): string[] {
  const names: string[] = [];
  for (const d of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    const rel = path.relative(dir, path.join(d.parentPath, d.name)).split(path.sep).join('/');
    if (d.isDirectory()) names.push(`${rel}/`);
    else if (d.isFile()) names.push(rel);
    else throw new Error(`${rel}: neither a file nor a directory (the package carries no links)`);
  }
  return names.sort();
}

/** One ustar header; a long name is split into prefix and name at a slash. */
function tarHeader(name: string, size: number, dir: boolean): Buffer {
  const h = Buffer.alloc(512);
  let prefix = '';
  let base = name;
  if (Buffer.byteLength(name) > 100) {
    const cut = name.lastIndexOf('/', name.length - 2); // the last slash that is not a directory's own
    prefix = name.slice(0, cut);
    base = name.slice(cut + 1);
    if (cut < 0 || Buffer.byteLength(base) > 100 || Buffer.byteLength(prefix) > 155)
      throw new Error(`${name}: too long for tar`);
  }
  const put = (text: string, offset: number, length: number) => h.write(text, offset, length, 'utf8');
  put(base, 0, 100);
  put(`${(dir ? 0o755 : 0o644).toString(8).padStart(7, '0')}\0`, 100, 8);
  put('0000000\0', 108, 8); // uid
  put('0000000\0', 116, 8); // gid
  put(`${size.toString(8).padStart(11, '0')}\0`, 124, 12);
  put('00000000000\0', 136, 12); // mtime 0: the same tree gives the same bytes
  put('        ', 148, 8); // checksum, spaces while summing
  put(dir ? '5' : '0', 156, 1);
  put('ustar\0', 257, 6);
  put('00', 263, 2);
  put(prefix, 345, 155);
  let sum = 0;
  for (const b of h) sum += b;
  put(`${sum.toString(8).padStart(6, '0')}\0 `, 148, 8);
  return h;
}

/** Writes `dir` as a gzipped ustar archive: entries ./name, regular files and directories only, sorted. */
export function pack(dir: string, file: string): void {
  const parts: Buffer[] = [tarHeader('./', 0, true)];
  for (const rel of walk(dir)) {
    const isDir = rel.endsWith('/');
    const data = isDir ? Buffer.alloc(0) : fs.readFileSync(path.join(dir, rel));
    parts.push(tarHeader(`./${rel}`, data.length, isDir));
    if (data.length) parts.push(data, Buffer.alloc((512 - (data.length % 512)) % 512));
  }
  parts.push(Buffer.alloc(1024));
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, zlib.gzipSync(Buffer.concat(parts), { level: 9 }));
}

export type TarEntry = { name: string; type: string; size: number; linkname: string; data: Buffer };

/** Reads a (gzipped) tar as Python's tarfile lists it: name (prefix joined), type flag, size, link target, data. */
export function readTar(bytes: Buffer): TarEntry[] {
  const tar = bytes[0] === 0x1f && bytes[1] === 0x8b ? zlib.gunzipSync(bytes) : bytes;
  const entries: TarEntry[] = [];
  const text = (buf: Buffer, offset: number, length: number) =>
    buf
      .subarray(offset, offset + length)
      .toString('utf8')
      .replace(/\0.*$/s, '');
  for (let at = 0; at + 512 <= tar.length;) {
    const h = tar.subarray(at, at + 512);
    if (h.every((b) => b === 0)) break;
    const name = text(h, 0, 100);
    const prefix = text(h, 345, 155);
    const size = parseInt(text(h, 124, 12).trim() || '0', 8);
    const type = text(h, 156, 1) || '0';
    entries.push({
      name: prefix ? `${prefix}/${name}` : name,
      type,
      size,
      linkname: text(h, 157, 100),
      data: tar.subarray(at + 512, at + 512 + size),
    });
    at += 512 + Math.ceil(size / 512) * 512;
  }
  return entries;
}

/** detector.py:49, SAFE_REL_PATH_PART_RE: each directory above app_desc.yaml. */
const SAFE_REL_PATH_PART = /^(?:[A-Za-z]:|(?!-)[A-Za-z0-9_.-]+)$/;

/**
 * What is wrong with a package as the platform reads it (../shared/reference/bk-deploy.md §1.2 and §6 T2), each
 * problem a sentence naming the rule's source; [] when none.
 */
export function packageProblems(fileName: string, bytes: Buffer): string[] {
  const problems: string[] = [];
  if (!/^[a-zA-Z0-9\-_.]+$/.test(fileName)) problems.push(`file name ${fileName} (smart_app/serializers.py:46)`);
  if (!/\.(tar|tgz|tar\.gz)$/.test(fileName)) problems.push(`${fileName}: not .tar, .tgz or .tar.gz (smart.vue:60)`);
  if (bytes.length >= MAX_PACKAGE_BYTES) problems.push(`${bytes.length} bytes: over 500 MB (smart.vue:272)`);
  const entries = readTar(bytes);
  const names = entries.map((e) => e.name.replace(/^\.\//, '').replace(/\/$/, ''));
  for (const e of entries) {
    if (e.type !== '0' && e.type !== '5') problems.push(`${e.name}: type ${e.type}, not a file or directory`);
    if (e.name.startsWith('/') || e.name.split('/').includes('..')) problems.push(`${e.name}: leaves the package`);
  }
  // detector.py:65: the names sorted, the first that matches app_desc.ya?ml; its directories must be safe (:49).
  const desc = [...entries].sort((a, b) => (a.name < b.name ? -1 : 1)).find((e) => /app_desc\.ya?ml$/.test(e.name));
  if (!desc) problems.push('no app_desc.yaml (detector.py:65)');
  else {
    const dirs = desc.name.split('/').slice(0, -1);
    if (dirs.some((d) => d !== '.' && !SAFE_REL_PATH_PART.test(d)))
      problems.push(`${desc.name}: a directory the detector refuses (detector.py:49)`);
    if (dirs.filter((d) => d !== '.').length) problems.push(`${desc.name}: not at the root, beside server.cjs`);
  }
  const has = (n: string) => names.includes(n);
  // dispatch.py:55-90: a .Version selects an image-layer format; this is the source flavour.
  if (has('.Version')) problems.push('.Version present: the platform would read it as an image-layer package');
  // patcher.py:42-50: a Procfile wins over procCommand; the package must not carry a second, disagreeing one.
  if (has('Procfile')) problems.push('Procfile present: app_desc.yaml procCommand is the one start command');
  if (names.some((n) => n.split('/').includes('node_modules'))) problems.push('node_modules present');
  if (names.some((n) => n === 'out/_csp' || n.startsWith('out/_csp/'))) problems.push('out/_csp/ present');
  for (const n of ['package.json', 'server.cjs', 'csp.cjs', 'out/index.html', 'out/404.html'])
    if (!has(n)) problems.push(`${n} missing`);
  const file = (n: string) => entries.find((e) => e.name.replace(/^\.\//, '') === n)?.data;
  const pkg = file('package.json');
  if (pkg) {
    const json = JSON.parse(pkg.toString('utf8')) as {
      dependencies?: object;
      scripts?: Record<string, string>;
      engines?: { node?: string };
    };
    if (json.dependencies && Object.keys(json.dependencies).length) problems.push('package.json has dependencies');
    // heroku-buildpack-nodejs lib/dependencies.sh:56-74 runs heroku-postbuild, else build.
    for (const s of ['build', 'heroku-postbuild', 'postinstall', 'preinstall', 'install'])
      if (json.scripts?.[s]) problems.push(`package.json has a ${s} script`);
    // pre-install-nodejs:9-10 downloads exactly node-v<engines.node>-linux-x64.tar.gz.
    if (!/^\d+\.\d+\.\d+$/.test(json.engines?.node ?? '')) problems.push('package.json engines.node is not exact');
  }
  const logo = file('logo.png');
  if (logo && !logo.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])))
    problems.push('logo.png is not a PNG (detector.py:218)');
  const index = file('out/index.html');
  if (index && !index.toString('utf8').includes(PLACEHOLDER))
    problems.push(`out/index.html does not carry ${PLACEHOLDER}: not built for the package`);
  return problems;
}

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

function main(args: string[]) {
  const version = (JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
  const nodeVersion = option(args, '--node-version') ?? process.env.NODE_VERSION ?? DEFAULT_NODE_VERSION;
  const given = option(args, '--export');
  const keep = option(args, '--stage');
  const tmp = fs.mkdtempSync(path.join(REPO, '.bkpaas-'));
  try {
    let exportDir = given ? path.resolve(given) : '';
    if (!exportDir) {
      console.log(`bkpaas: building the export with BASE_PATH=${PLACEHOLDER}`);
      execFileSync('npm', ['run', '-s', 'build'], {
        cwd: REPO,
        stdio: 'inherit',
        env: { ...process.env, BASE_PATH: PLACEHOLDER, NEXT_TELEMETRY_DISABLED: '1' },
      });
      // Moved aside, so out/ never holds an export that only server.cjs can serve.
      exportDir = path.join(tmp, 'export');
      fs.renameSync(path.join(REPO, 'out'), exportDir);
    }
    const stageDir = keep ? path.resolve(keep) : path.join(tmp, 'stage');
    stage({ exportDir, stageDir, version, nodeVersion });
    const name = packageName(fs.readFileSync(path.join(stageDir, 'app_desc.yaml'), 'utf8'));
    const file = path.join(REPO, 'dist', 'bkpaas', name);
    pack(stageDir, file);
    const bytes = fs.readFileSync(file);
    const problems = packageProblems(name, bytes);
    if (problems.length) {
      console.error(
        `bkpaas: ${path.relative(REPO, file)} is not a package the platform takes:\n  ${problems.join('\n  ')}`,
      );
      process.exit(1);
    }
    const sha = crypto.createHash('sha256').update(bytes).digest('hex');
    console.log(
      `bkpaas: ${path.relative(REPO, file)} (${(bytes.length / 1024 / 1024).toFixed(1)} MiB, Node ${nodeVersion}, sha256 ${sha})`,
    );
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href)
  main(process.argv.slice(2));
