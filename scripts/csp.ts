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
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The policy; `script-src` gets the page's hashes. Keep deploy/security-headers.conf in step (e2e/csp.spec.ts compares them). */
export const POLICY = [
  ['default-src', "'self'"],
  ['script-src', "'self'"],
  ['style-src', "'self' 'unsafe-inline'"], // React and Tailwind set style attributes; styles cannot run code
  ['img-src', "'self' data:"],
  ['font-src', "'self'"],
  ['connect-src', "'self'"],
  ['worker-src', "'self' blob:"],
  ['object-src', "'none'"],
  ['base-uri', "'self'"],
  ['form-action', "'self'"],
];

export function policy(hashes: string[]): string {
  return POLICY.map(([name, value]) => `${name} ${name === 'script-src' ? [value, ...hashes].join(' ') : value}`).join(
    '; ',
  );
}

const INLINE_SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
const OUR_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*" data-csp=""\/>/;

/** sha256 source expressions of the inline scripts of a page (a script with a src is allowed by 'self'). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const [, attrs, body] of html.matchAll(INLINE_SCRIPT)) {
    if (/\ssrc\s*=/i.test(attrs ?? '')) continue;
    // The hash is over the script's text as the parser sees it: raw text, UTF-8 encoded.
    hashes.add(
      `'sha256-${crypto
        .createHash('sha256')
        .update(body ?? '', 'utf8')
        .digest('base64')}'`,
    );
  }
  return [...hashes].sort();
}

/** The page with the policy meta tag as the first element of <head> (after <meta charset> when that opens it). */
export function withMeta(html: string, hashes: string[]): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(hashes)}" data-csp=""/>`;
  const clean = html.replace(OUR_META, '');
  const head = /<head\b[^>]*>(\s*<meta\s+charset="?[^">]*"?\s*\/?>)?/i.exec(clean);
  if (!head) throw new Error('no <head>');
  const at = head.index + head[0].length;
  return clean.slice(0, at) + meta + clean.slice(at);
}

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
