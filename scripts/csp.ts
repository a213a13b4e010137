// Post-build step of `npm run build`: a Content-Security-Policy without 'unsafe-inline' for scripts.
//
// The export has inline scripts of its own (the theme script, the language redirect) and Next's per-page
// bootstrap (`self.__next_f.push(...)`, the bundler's chunk list). Their text is fixed at build time, so each
// page's scripts can be allowed by their sha256 hash. For every HTML file of the export this:
//   1. puts the policy, with that page's hashes, in a <meta http-equiv="Content-Security-Policy"> at the top
//      of <head> (right after <meta charset>, which must stay within the first 1024 bytes), so a static host
//      or CDN that cannot set headers still enforces it;
//   2. writes the page's hashes to _csp/nginx-map.conf, entries of nginx's `map $uri $csp_script_hashes`
//      (deploy/nginx.conf), so nginx sends the same policy as a header, plus frame-ancestors 'none', which
//      a <meta> policy cannot carry (deploy/security-headers.conf).
// Idempotent: running it again replaces the meta tag it wrote.
// The policy and the hashing live in deploy/bkpaas/csp.cjs, which the BlueKing serving process shares (it
// recomputes the same for the app's path at run time, with Node built-ins only).
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { inlineScriptHashes, OUR_META, POLICY, policy, withMeta } from '../deploy/bkpaas/csp.cjs';

export { inlineScriptHashes, POLICY, policy, withMeta };

function htmlFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((d) => d.isFile() && d.name.endsWith('.html'))
    .map((d) => path.join(d.parentPath ?? d.path, d.name))
    .sort();
}

function main() {
  const out = path.resolve(process.env.OUT_DIR ?? 'out');
  if (!fs.existsSync(path.join(out, 'index.html'))) {
    console.error(`csp: no export in ${out} (run it after next build)`);
    process.exit(1);
  }
  // The export carries the sub-path in its pages; nginx sees it in $uri.
  const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
  const lines: string[] = [];
  let pages = 0;
  let scripts = 0;
  for (const file of htmlFiles(out)) {
    const html = fs.readFileSync(file, 'utf8');
    const hashes = inlineScriptHashes(html.replace(OUR_META, ''));
    fs.writeFileSync(file, withMeta(html, hashes));
    const uri = base + '/' + path.relative(out, file).split(path.sep).join('/');
    const value = hashes.map((h) => ` ${h}`).join('');
    // nginx's $uri is the file's path once try_files has found it (/zh/errors/ -> /zh/errors/index.html;
    // the 404 page -> /404.html), so that is the key.
    lines.push(`"${uri}" "${value}";`);
    pages += 1;
    scripts += hashes.length;
  }
  const dir = path.join(out, '_csp');
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(
    path.join(dir, 'nginx-map.conf'),
    `# Written by scripts/csp.ts at build time (BASE_PATH=${base || '(root)'}): the sha256 hashes of each page's inline\n` +
      `# scripts, the entries of deploy/nginx.conf's \`map $uri $csp_script_hashes\`. Copy to /etc/nginx/ (see README).\n` +
      lines.join('\n') +
      '\n',
  );
  console.log(
    `csp: ${pages} pages, ${scripts} inline-script hashes; meta tags written, ${path.relative(process.cwd(), path.join(dir, 'nginx-map.conf'))} for nginx`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main();
