// A small static server for the export in out/, for trying the site locally: clean trailing-slash
// addresses, the site's 404 page, and the sub-path the site was built for (BASE_PATH).
// Production serving is deploy/nginx.conf; this is for a machine without nginx.
import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';

const root = path.resolve(process.env.OUT_DIR ?? 'out');
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
const port = Number(process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';
const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
};

if (!fs.existsSync(path.join(root, 'index.html')) && !fs.existsSync(path.join(root, '404.html'))) {
  console.error(`No export in ${root}: run "npm run build" first.`);
  process.exit(2);
}

function send(res: http.ServerResponse, status: number, file: string, headers: Record<string, string> = {}) {
  res.writeHead(status, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream', ...headers });
  fs.createReadStream(file).pipe(res);
}

http
  .createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    let pathname = decodeURIComponent(url.pathname);
    if (base && (pathname === base || pathname.startsWith(`${base}/`))) pathname = pathname.slice(base.length) || '/';
    else if (base) return send(res, 404, path.join(root, '404.html'));
    const file = path.join(root, pathname);
    if (!file.startsWith(root)) return send(res, 404, path.join(root, '404.html'));
    const stat = fs.statSync(file, { throwIfNoEntry: false });
    if (stat?.isFile()) return send(res, 200, file);
    if (stat?.isDirectory()) {
      if (!pathname.endsWith('/')) {
        res.writeHead(308, { Location: `${base}${pathname}/${url.search}` });
        return res.end();
      }
      if (fs.existsSync(path.join(file, 'index.html'))) return send(res, 200, path.join(file, 'index.html'));
    }
    send(res, 404, path.join(root, '404.html'));
  })
  .listen(port, host, () => console.log(`Serving ${root} at http://${host}:${port}${base}/`));
