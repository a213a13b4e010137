// The Content-Security-Policy of the error portal's pages, in one place for the two that compute it: the build
// (scripts/csp.ts, after `next build`) and the BlueKing serving process (deploy/bkpaas/server.cjs, per request,
// once the pages carry the app's path). Node built-ins only and ES2017 CommonJS, because server.cjs runs on the
// old Node of BlueKing's default runtime (../shared/reference/bk-deploy.md §1.4); its declarations for
// TypeScript are in csp.d.cts.
'use strict';

const crypto = require('crypto');

/** The policy; `script-src` gets the page's hashes. Keep deploy/security-headers.conf in step (e2e/csp.spec.ts compares them). */
const POLICY = [
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

/** What only a header can carry, added to the page's policy in the header (deploy/security-headers.conf). */
const HEADER_ONLY = "frame-ancestors 'none'";

/**
 * The other security headers of deploy/security-headers.conf, in its order (deploy/bkpaas/server.test.ts reads
 * that file and holds the two equal).
 */
const SECURITY_HEADERS = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'no-referrer'],
  ['X-Frame-Options', 'DENY'],
  [
    'Permissions-Policy',
    'accelerometer=(), autoplay=(), camera=(), display-capture=(), encrypted-media=(), fullscreen=(), geolocation=(), gyroscope=(), hid=(), idle-detection=(), magnetometer=(), microphone=(), midi=(), payment=(), picture-in-picture=(), publickey-credentials-get=(), screen-wake-lock=(), serial=(), usb=(), xr-spatial-tracking=()',
  ],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  ['Cross-Origin-Resource-Policy', 'same-origin'],
];

/** The page's policy with its inline scripts' hashes. */
function policy(hashes) {
  return POLICY.map(function (entry) {
    const name = entry[0];
    return name + ' ' + (name === 'script-src' ? [entry[1]].concat(hashes).join(' ') : entry[1]);
  }).join('; ');
}

/** The policy as the header sends it: the page's, plus frame-ancestors. */
function headerPolicy(hashes) {
  return policy(hashes) + '; ' + HEADER_ONLY;
}

const OUR_META = /<meta http-equiv="Content-Security-Policy" content="[^"]*" data-csp=""\/>/;

/** sha256 source expressions of the inline scripts of a page (a script with a src is allowed by 'self'), sorted. */
function inlineScriptHashes(html) {
  const inline = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;
  const hashes = new Set();
  let m;
  while ((m = inline.exec(html)) !== null) {
    if (/\ssrc\s*=/i.test(m[1] || '')) continue;
    // The hash is over the script's text as the parser sees it: raw text, UTF-8 encoded.
    hashes.add(
      "'sha256-" +
        crypto
          .createHash('sha256')
          .update(m[2] || '', 'utf8')
          .digest('base64') +
        "'",
    );
  }
  return Array.from(hashes).sort();
}

/** The page with the policy meta tag as the first element of <head> (after <meta charset> when that opens it). */
function withMeta(html, hashes) {
  const meta = '<meta http-equiv="Content-Security-Policy" content="' + policy(hashes) + '" data-csp=""/>';
  const clean = html.replace(OUR_META, '');
  const head = /<head\b[^>]*>(\s*<meta\s+charset="?[^">]*"?\s*\/?>)?/i.exec(clean);
  if (!head) throw new Error('no <head>');
  const at = head.index + head[0].length;
  return clean.slice(0, at) + meta + clean.slice(at);
}

/** The page's hashes, computed without our meta tag (idempotent), and the page carrying them. */
function secure(html) {
  const hashes = inlineScriptHashes(html.replace(OUR_META, ''));
  return { html: withMeta(html, hashes), hashes: hashes };
}

module.exports = {
  POLICY: POLICY,
  HEADER_ONLY: HEADER_ONLY,
  SECURITY_HEADERS: SECURITY_HEADERS,
  OUR_META: OUR_META,
  policy: policy,
  headerPolicy: headerPolicy,
  inlineScriptHashes: inlineScriptHashes,
  withMeta: withMeta,
  secure: secure,
};
