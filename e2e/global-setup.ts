/**
 * Starts nginx with deploy/nginx.conf over the exports (out/ at the root, out-subpath/ under the sub-path)
 * before the tests, and stops it after. The tests read the addresses from E2E_BASE_URL and E2E_SUBPATH_URL.
 * Set E2E_BASE_URL (and E2E_SUBPATH_URL) yourself to test a site served elsewhere; E2E_OUT_DIR and
 * E2E_OUT_SUBPATH_DIR point at exports built somewhere else than out/ and out-subpath/.
 */
import path from 'node:path';
import type { FullConfig } from '@playwright/test';
import { startNginx, SUB_PATH } from './support/nginx';

export default async function globalSetup(config: FullConfig) {
  if (process.env.E2E_BASE_URL) {
    process.env.E2E_SUBPATH_URL ??= process.env.E2E_BASE_URL.replace(/\/$/, '') + SUB_PATH;
    return;
  }
  const repo = config.configFile ? path.dirname(config.configFile) : process.cwd();
  const served = await startNginx({
    repo,
    outDir: path.resolve(repo, process.env.E2E_OUT_DIR ?? 'out'),
    subPathOutDir: path.resolve(repo, process.env.E2E_OUT_SUBPATH_DIR ?? 'out-subpath'),
  });
  process.env.E2E_BASE_URL = served.baseURL;
  process.env.E2E_SUBPATH_URL = served.subPathURL;
  console.log(`nginx (deploy/nginx.conf) serving at ${served.baseURL}/ and ${served.subPathURL}/`);
  return async () => {
    await served.stop();
  };
}
