/**
 * deploy/Dockerfile's nginx stage, emulated without a Docker engine (this machine has none).
 *
 * The stage's instructions are carried out into a directory that stands for the image's file system: its
 * COPY lines (from the build context, or from the build stage, whose /src/out is the export `npm test`
 * built), its `RUN rm -rf`, its ARG defaults and build arguments. Debian's nginx then runs the official
 * image's own main config (e2e/support/nginx-image.conf) with every absolute path moved under that
 * directory, as a chroot would, and the `listen` port of the EXPOSEd one moved to a free loopback port.
 *
 * What this checks is what the Dockerfile alone can get wrong: that each file lands where the image's
 * config and deploy/nginx.conf look for it (conf.d/, the relative includes in /etc/nginx/, the CSP map,
 * the document root, the sub-path) and that the server listens on the port the image exposes. Not checked:
 * the image's nginx version, its entrypoint scripts, and `docker build` itself. An instruction the emulation
 * does not know fails it, so a change to the Dockerfile cannot pass unexamined.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { runNginx } from './nginx';

type Instruction = { op: string; args: string };

/** The Dockerfile's instructions by stage (comments dropped, continued lines joined). */
export function stages(dockerfile: string): Instruction[][] {
  const lines = dockerfile
    .replace(/\\\n/g, ' ')
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  const out: Instruction[][] = [];
  for (const line of lines) {
    const [, op = '', args = ''] = /^(\S+)\s*(.*)$/.exec(line) ?? [];
    if (op.toUpperCase() === 'FROM') out.push([]);
    if (!out.length) throw new Error(`Dockerfile: "${line}" comes before the first FROM`);
    out.at(-1)!.push({ op: op.toUpperCase(), args });
  }
  return out;
}

export type Image = { root: string; port: number };

/**
 * Builds the final stage's file system in `root`: `buildArgs` as `--build-arg`, `buildOut` as the build
 * stage's /src/out. Returns the port the image EXPOSEs.
 */
export function assembleImage(opts: {
  repo: string;
  root: string;
  buildOut: string;
  buildArgs?: Record<string, string>;
}): Image {
  const { repo, root, buildOut } = opts;
  const all = stages(fs.readFileSync(path.join(repo, 'deploy', 'Dockerfile'), 'utf8'));
  const final = all.at(-1)!;
  const from = final[0]!.args;
  if (!/^nginx:/.test(from))
    throw new Error(`Dockerfile: the last stage is FROM ${from}, not the official nginx image`);
  const buildStage = /\bAS\s+(\S+)/i.exec(all[0]![0]!.args)?.[1];
  const vars = new Map<string, string>();
  const expand = (s: string) => s.replace(/\$\{(\w+)\}|\$(\w+)/g, (_, a, b) => vars.get(a ?? b) ?? '');
  const inImage = (p: string) => path.join(root, p);
  let port = 0;

  // What the image has before the Dockerfile's steps: mime.types (Debian's stands in) and the default site.
  fs.mkdirSync(inImage('/etc/nginx/conf.d'), { recursive: true });
  fs.mkdirSync(inImage('/usr/share/nginx/html'), { recursive: true });
  fs.mkdirSync(inImage('/var/log/nginx'), { recursive: true });
  fs.mkdirSync(inImage('/run'), { recursive: true });
  fs.copyFileSync('/etc/nginx/mime.types', inImage('/etc/nginx/mime.types'));
  fs.copyFileSync(path.join(repo, 'e2e', 'support', 'nginx-image.conf'), inImage('/etc/nginx/nginx.conf'));
  fs.writeFileSync(inImage('/usr/share/nginx/html/index.html'), '<h1>Welcome to nginx!</h1>');

  for (const { op, args } of final.slice(1)) {
    if (op === 'ARG') {
      const [name = '', value = ''] = args.split('=');
      vars.set(name, opts.buildArgs?.[name] ?? value);
    } else if (op === 'EXPOSE') {
      port = Number(args);
    } else if (op === 'RUN' && /^rm -rf \S+$/.test(args)) {
      const target = expand(args.slice('rm -rf '.length));
      if (!target.endsWith('/*'))
        throw new Error(`Dockerfile: the emulation knows "rm -rf <dir>/*" only, not "${args}"`);
      const dir = inImage(target.slice(0, -2));
      for (const name of fs.existsSync(dir) ? fs.readdirSync(dir) : [])
        fs.rmSync(path.join(dir, name), { recursive: true });
    } else if (op === 'COPY') {
      const parts = expand(args).split(/\s+/);
      const fromStage = parts[0]!.startsWith('--from=') ? parts.shift()!.slice('--from='.length) : undefined;
      if (parts.length !== 2)
        throw new Error(`Dockerfile: the emulation knows "COPY [--from=stage] <src> <dest>" only, not "COPY ${args}"`);
      const [src, dest] = parts as [string, string];
      let source: string;
      if (fromStage === undefined) source = path.join(repo, src);
      else if (fromStage === buildStage && /^\/src\/out(\/|$)/.test(src))
        source = path.join(buildOut, src.slice('/src/out'.length));
      else
        throw new Error(
          `Dockerfile: COPY --from=${fromStage} ${src}: the emulation knows the build stage's /src/out only`,
        );
      if (!fs.existsSync(source)) throw new Error(`Dockerfile: COPY ${args}: ${source} does not exist`);
      const target = inImage(dest);
      if (fs.statSync(source).isDirectory()) fs.cpSync(source, target, { recursive: true });
      else {
        const file = dest.endsWith('/') ? path.join(target, path.basename(source)) : target;
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.copyFileSync(source, file);
      }
    } else throw new Error(`Dockerfile: the emulation of the nginx stage does not know "${op} ${args}"`);
  }
  if (!port) throw new Error('Dockerfile: the nginx stage EXPOSEs no port');
  return { root, port };
}

/**
 * The image's nginx configs as they would run in it, rewritten to run here: every absolute path of a
 * root, include, pid or log directive under `root`, `listen <exposed>` on 127.0.0.1:`port`, no `user`
 * (we may not be root), in the foreground, temp files in `dir`.
 */
function chroot(conf: string, image: Image, port: number, dir: string): string {
  const out = conf
    .replace(
      /^(\s*(?:root|include|pid|error_log|access_log)\s+)(\/\S*?)(\s|;)/gm,
      (_, head, p, tail) => `${head}${path.join(image.root, p)}${tail}`,
    )
    .replace(/^(\s*)listen\s+(\d+)\s*;/gm, (line, indent, n) =>
      Number(n) === image.port ? `${indent}listen 127.0.0.1:${port};` : line,
    )
    .replace(/^\s*user\s+\S+\s*;/m, '');
  if (/^\s*http\s*\{/m.test(out)) {
    const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi']
      .map((t) => `    ${t}_temp_path ${path.join(dir, 'tmp', t)};`)
      .join('\n');
    return `daemon off;\n${out.replace(/^(\s*http\s*\{)/m, `$1\n${temp}`)}`;
  }
  return out;
}

/** Starts the emulated image; stop() ends nginx and removes its directory. */
export async function startImage(opts: { repo: string; buildOut: string; buildArgs?: Record<string, string> }) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'apigw-image-'));
  fs.chmodSync(dir, 0o755);
  try {
    const image = assembleImage({ ...opts, root: path.join(dir, 'image') });
    const etc = path.join(image.root, 'etc', 'nginx');
    const originals = new Map<string, string>();
    for (const f of [
      path.join(etc, 'nginx.conf'),
      ...fs.readdirSync(path.join(etc, 'conf.d')).map((n) => path.join(etc, 'conf.d', n)),
    ]) {
      originals.set(f, fs.readFileSync(f, 'utf8'));
    }
    const served = await runNginx(dir, (port) => {
      for (const [f, text] of originals) fs.writeFileSync(f, chroot(text, image, port, dir));
      if (!/listen 127\.0\.0\.1:/.test([...originals.keys()].map((f) => fs.readFileSync(f, 'utf8')).join('\n'))) {
        throw new Error(`no server in the image listens on the exposed port ${image.port}`);
      }
      return path.join(etc, 'nginx.conf');
    });
    return { ...served, image };
  } catch (e) {
    fs.rmSync(dir, { recursive: true, force: true });
    throw e;
  }
}
