// The error portal's web process on the BlueKing developer center (app_desc.yaml: `node server.cjs`).
//
// The package's export (out/) is built with the placeholder base path /__bk_base_path__. The platform's
// ingress removes the app's path (/apigw-errors/, /stag--apigw-errors/, nothing on a custom domain) before the
// request arrives and names it in X-Script-Name (../shared/reference/bk-deploy.md §1.7), so this process, per
// request: takes the path from that header, serves the file with the placeholder replaced by it, recomputes
// the page's Content-Security-Policy (header and <meta>, as scripts/csp.ts does at build time, through the
// shared csp.cjs), and sends the security headers, redirects and 404 page of deploy/nginx.conf. It also writes
// the installation's settings into the page (<meta name="apigw-portal-config">), answers /healthz, and logs
// one line per request to stdout, which the platform collects.
//
// Node built-ins only and ES2017 CommonJS: the default BlueKing runtime (Ubuntu 18.04) runs Node 16 at most,
// and the buildpack installs nothing (bk-deploy.md §1.4). deploy/bkpaas/server.test.ts parses it at ES2017.
'use strict';

const crypto = require('crypto');
const fs = require('fs');
const http = require('http');
const path = require('path');
const zlib = require('zlib');
const csp = require('./csp.cjs');

const PLACEHOLDER = '/__bk_base_path__';
/** An app path: slash-separated segments of URL-safe characters, '' for the root (a trailing slash removed). */
const PREFIX = /^(\/[A-Za-z0-9._~-]+)*$/;

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.xml': 'text/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.wasm': 'application/wasm',
};
/** Text the base path may sit in: rewritten, and gzipped when the client takes it (nginx.conf's gzip_types). */
const TEXT = /\.(html|js|css|json|txt|md|svg|xml|webmanifest)$/;

/** The settings the page reads from its config meta, and the variables that set them (contract/site-config.md). */
const SETTINGS = [
  ['dashboard', 'PORTAL_APIGW_DASHBOARD_URL'],
  ['paas', 'PORTAL_PAAS_URL'],
  ['feedback', 'PORTAL_FEEDBACK_URL'],
];
const CONFIG_META = /<meta name="apigw-portal-config" content=("[^"]*"|'[^']*')\s*\/?>/;

/** A path made an app path ('' for the root), or null when it is not one. */
function normalisePrefix(value) {
  if (typeof value !== 'string') return null;
  const v = value.replace(/\/+$/, '');
  if (v.length > 200 || !PREFIX.test(v)) return null;
  if (
    v.split('/').some(function (s) {
      return s === '.' || s === '..';
    })
  )
    return null;
  return v;
}

/**
 * Where the app is, for this request: X-Script-Name, which the ingress sets on every request it routes
 * (builder.go:361-405); without it, BKPAAS_SUB_PATH, but only where the platform gives it with
 * BKPAAS_DEFAULT_SUBPATH_ADDRESS (otherwise it holds an address nothing routes: config_var.py:419-426); else the
 * root. `{ prefix, fromHeader }`, or `{ error }` when the header holds what no app path looks like.
 */
function appPath(headers, env) {
  const header = headers['x-script-name'];
  if (header !== undefined) {
    const prefix = normalisePrefix(header);
    return prefix === null ? { error: 'X-Script-Name is not a path' } : { prefix: prefix, fromHeader: true };
  }
  if (env.BKPAAS_DEFAULT_SUBPATH_ADDRESS && env.BKPAAS_SUB_PATH) {
    const prefix = normalisePrefix(env.BKPAAS_SUB_PATH);
    if (prefix !== null) return { prefix: prefix, fromHeader: false };
  }
  return { prefix: '', fromHeader: false };
}

/** A setting's value made ready for the page, or null when it is not an http(s) URL (lib/site-config.ts's rules). */
function normaliseSetting(name, value) {
  const v = String(value).trim();
  if (!v || v.length > 2048 || /[\s"'<>\\`]/.test(v)) return null;
  let u;
  try {
    u = new URL(v);
  } catch (e) {
    return null;
  }
  if ((u.protocol !== 'http:' && u.protocol !== 'https:') || !u.hostname || u.username || u.password) return null;
  if (name === 'feedback') return v;
  if (u.search || u.hash) return null;
  return v.replace(/\/+$/, '') + '/';
}

/**
 * The installation's settings: `paas` from BKPAAS_URL (the developer center the platform names), each
 * overridden by its PORTAL_* variable set on the app. `{ config, problems }`; a value that is not an http(s) URL
 * is left out and named in `problems`.
 */
function runtimeConfig(env) {
  const config = {};
  const problems = [];
  const take = function (name, variable) {
    const raw = env[variable];
    if (raw === undefined || String(raw).trim() === '') return;
    const value = normaliseSetting(name, raw);
    if (value === null) problems.push(variable + ' is not an http: or https: URL; left out');
    else config[name] = value;
  };
  take('paas', 'BKPAAS_URL');
  SETTINGS.forEach(function (s) {
    take(s[0], s[1]);
  });
  return { config: config, problems: problems };
}

function escapeAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function unescapeAttribute(text) {
  return text
    .replace(/&quot;/g, '"')
    .replace(/&#x27;|&#39;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * The page with the settings in its config meta: the build's own values (if it wrote one) overridden by the
 * installation's; no meta when neither sets anything.
 */
function withConfig(html, config) {
  if (!Object.keys(config).length) return html;
  const found = CONFIG_META.exec(html);
  let merged = {};
  if (found) {
    try {
      const built = JSON.parse(unescapeAttribute(found[1].slice(1, -1)));
      if (built && typeof built === 'object') merged = built;
    } catch (e) {
      merged = {};
    }
  }
  Object.keys(config).forEach(function (k) {
    merged[k] = config[k];
  });
  const meta = '<meta name="apigw-portal-config" content="' + escapeAttribute(JSON.stringify(merged)) + '"/>';
  if (found) return html.slice(0, found.index) + meta + html.slice(found.index + found[0].length);
  const policy = csp.OUR_META.exec(html);
  if (policy)
    return html.slice(0, policy.index + policy[0].length) + meta + html.slice(policy.index + policy[0].length);
  const head = /<head\b[^>]*>/i.exec(html);
  return head ? html.slice(0, head.index + head[0].length) + meta + html.slice(head.index + head[0].length) : html;
}

/** The security headers of deploy/security-headers.conf, with the page's script hashes in the policy. */
function securityHeaders(hashes) {
  const headers = { 'Content-Security-Policy': csp.headerPolicy(hashes || []) };
  csp.SECURITY_HEADERS.forEach(function (h) {
    headers[h[0]] = h[1];
  });
  return headers;
}

/**
 * The request handler. options: root (the export), env (process.env), templateBase (the export's base path,
 * default the placeholder), log (a function taking one line), cacheBytes (the rewritten files kept in memory).
 */
function createHandler(options) {
  const root = path.resolve(options.root);
  const env = options.env || {};
  const templateBase = options.templateBase || env.BK_TEMPLATE_BASE || PLACEHOLDER;
  const log = options.log || function () {};
  const settings = runtimeConfig(env);
  const cacheLimit = options.cacheBytes || 256 * 1024 * 1024;
  const cache = new Map();
  let cached = 0;

  /** The file as served under `prefix`: body, ETag and, for a page, its script hashes. Cached. */
  function load(file, prefix) {
    const key = prefix + '\n' + file;
    const hit = cache.get(key);
    if (hit) return hit;
    let body = fs.readFileSync(file);
    let hashes = null;
    if (TEXT.test(file)) {
      let text = body.toString('utf8').split(templateBase).join(prefix);
      if (/\.html$/.test(file)) {
        const secured = csp.secure(text);
        text = withConfig(secured.html, settings.config);
        hashes = secured.hashes;
      }
      body = Buffer.from(text, 'utf8');
    }
    const entry = {
      body: body,
      hashes: hashes,
      etag: '"' + crypto.createHash('sha1').update(body).digest('base64').slice(0, 27) + '"',
      gzip: null,
    };
    if (cached + body.length > cacheLimit) {
      cache.clear();
      cached = 0;
    }
    cache.set(key, entry);
    cached += body.length;
    return entry;
  }

  function stat(file) {
    try {
      return fs.statSync(file);
    } catch (e) {
      return null;
    }
  }

  return function handle(req, res) {
    const started = Date.now();
    let prefix = '';
    const finish = function (status, headers, body) {
      const send = req.method === 'HEAD' ? null : body;
      headers['Content-Length'] = String(body ? body.length : 0);
      res.writeHead(status, headers);
      res.end(send || undefined);
      log(
        new Date().toISOString() +
          ' ' +
          (req.socket && req.socket.remoteAddress ? req.socket.remoteAddress : '-') +
          ' "' +
          req.method +
          ' ' +
          String(req.url).slice(0, 2048) +
          '" ' +
          status +
          ' ' +
          (body ? body.length : 0) +
          ' prefix=' +
          JSON.stringify(prefix) +
          ' ' +
          (Date.now() - started) +
          'ms',
      );
    };
    const plain = function (status, text, extra) {
      const headers = securityHeaders(null);
      headers['Content-Type'] = 'text/plain; charset=utf-8';
      headers['Cache-Control'] = 'no-store';
      Object.keys(extra || {}).forEach(function (k) {
        headers[k] = extra[k];
      });
      finish(status, headers, Buffer.from(text + '\n', 'utf8'));
    };
    const serve = function (status, file, cacheControl) {
      const entry = load(file, prefix);
      const headers = securityHeaders(entry.hashes);
      headers['Content-Type'] = TYPES[path.extname(file)] || 'application/octet-stream';
      headers['Cache-Control'] = cacheControl;
      headers.ETag = entry.etag;
      let body = entry.body;
      if (TEXT.test(file)) {
        headers.Vary = 'Accept-Encoding';
        if (body.length >= 256 && /\bgzip\b/.test(String(req.headers['accept-encoding'] || ''))) {
          if (!entry.gzip) {
            entry.gzip = zlib.gzipSync(entry.body, { level: 6 });
            cached += entry.gzip.length;
          }
          body = entry.gzip;
          headers['Content-Encoding'] = 'gzip';
        }
      }
      if (status === 200 && req.headers['if-none-match'] === entry.etag) {
        delete headers['Content-Type'];
        delete headers['Content-Encoding'];
        return finish(304, headers, null);
      }
      finish(status, headers, body);
    };
    const notFound = function () {
      const page = path.join(root, '404.html');
      if (stat(page)) return serve(404, page, 'no-cache');
      plain(404, 'Not Found');
    };

    if (req.method !== 'GET' && req.method !== 'HEAD') return plain(405, 'Method Not Allowed', { Allow: 'GET, HEAD' });
    const where = appPath(req.headers, env);
    if (where.error) return plain(400, 'Bad Request: ' + where.error);
    prefix = where.prefix;

    const raw = String(req.url || '');
    if (raw.charAt(0) !== '/') return plain(400, 'Bad Request');
    const q = raw.indexOf('?');
    let rawPath = q < 0 ? raw : raw.slice(0, q);
    const query = q < 0 ? '' : raw.slice(q);
    // Reached without the ingress (the fallback path): the request still carries the app's path.
    if (!where.fromHeader && prefix && (rawPath === prefix || rawPath.indexOf(prefix + '/') === 0))
      rawPath = rawPath.slice(prefix.length) || '/';
    let pathname;
    try {
      pathname = decodeURIComponent(rawPath);
    } catch (e) {
      return plain(400, 'Bad Request');
    }
    if (pathname === '/healthz') return plain(200, 'ok');
    // No NUL, no backslash, no . or .. segment (raw or percent-encoded): nothing outside the export.
    if (
      /[\0\\]/.test(pathname) ||
      pathname.split('/').some(function (s) {
        return s === '.' || s === '..';
      })
    )
      return plain(400, 'Bad Request');
    const parts = pathname.split('/').filter(Boolean);
    // nginx's map of script hashes is for nginx; hidden files are nobody's.
    if (
      parts[0] === '_csp' ||
      parts.some(function (s) {
        return s.charAt(0) === '.';
      })
    )
      return notFound();
    const file = path.join(root, pathname);
    if (file !== root && file.indexOf(root + path.sep) !== 0) return notFound();

    const info = stat(file);
    if (info && info.isDirectory()) {
      // A directory address without its slash goes to the one with it, keeping the query (nginx.conf's
      // rewrite); the Location is a path under the app's path, so it stays inside the app.
      if (!pathname.endsWith('/')) return plain(301, 'Moved Permanently', { Location: prefix + rawPath + '/' + query });
      const index = path.join(file, 'index.html');
      if (stat(index) && stat(index).isFile()) return serve(200, index, 'no-cache');
      return notFound();
    }
    if (!info || !info.isFile() || pathname.endsWith('/')) return notFound();
    const immutable = parts[0] === '_next' && parts[1] === 'static';
    serve(200, file, immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
  };
}

/** Starts the server: options as createHandler's, plus port and host. Resolves with the http.Server once listening. */
function start(options) {
  const handler = createHandler(options);
  const server = http.createServer(function (req, res) {
    try {
      handler(req, res);
    } catch (e) {
      (options.log || function () {})('error ' + (e && e.stack ? e.stack : e));
      if (!res.headersSent) {
        res.writeHead(500, { 'Content-Type': 'text/plain; charset=utf-8' });
      }
      res.end('Internal Server Error\n');
    }
  });
  return new Promise(function (resolve, reject) {
    server.once('error', reject);
    server.listen(options.port, options.host, function () {
      resolve(server);
    });
  });
}

module.exports = {
  PLACEHOLDER: PLACEHOLDER,
  normalisePrefix: normalisePrefix,
  appPath: appPath,
  runtimeConfig: runtimeConfig,
  withConfig: withConfig,
  securityHeaders: securityHeaders,
  createHandler: createHandler,
  start: start,
};

if (require.main === module) {
  const env = process.env;
  const root = path.join(__dirname, 'out');
  const log = function (line) {
    process.stdout.write(line + '\n');
  };
  if (!fs.existsSync(path.join(root, 'index.html'))) {
    process.stderr.write('server.cjs: no export in ' + root + '\n');
    process.exit(1);
  }
  runtimeConfig(env).problems.forEach(function (p) {
    log('config: ' + p);
  });
  start({ root: root, env: env, log: log, port: Number(env.PORT) || 5000, host: env.HOST || '0.0.0.0' }).then(
    function (server) {
      const a = server.address();
      log('server.cjs: serving ' + root + ' on ' + a.address + ':' + a.port + ' (Node ' + process.version + ')');
      const stop = function () {
        server.close(function () {
          process.exit(0);
        });
        setTimeout(function () {
          process.exit(0);
        }, 5000).unref();
      };
      process.on('SIGTERM', stop);
      process.on('SIGINT', stop);
    },
    function (e) {
      process.stderr.write('server.cjs: ' + e.message + '\n');
      process.exit(1);
    },
  );
}
