import { readFileSync } from 'node:fs';

// BASE_PATH puts the whole site under a sub-path (for example /docs/apigw-errors); empty serves it at the root.
const basePath = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
if (basePath && !/^\/[A-Za-z0-9._~/-]+$/.test(basePath)) {
  throw new Error(`BASE_PATH must look like /some/path, got "${process.env.BASE_PATH}"`);
}

// The portal's version, for the feedback summary (lib/links/feedback.ts).
const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** @type {import('next').NextConfig} */
const config = {
  output: 'export',
  trailingSlash: true,
  basePath,
  env: {
    NEXT_PUBLIC_BASE_PATH: basePath,
    NEXT_PUBLIC_PORTAL_VERSION: version,
  },
  images: { unoptimized: true },
  poweredByHeader: false,
  reactStrictMode: true,
  experimental: { globalNotFound: true },
  // Types are checked once by `npm run typecheck` (a step of `npm test`), not again by each of the two builds.
  typescript: { ignoreBuildErrors: true },
};

export default config;
