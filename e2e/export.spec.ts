/**
 * The gates that read the built exports rather than a browser, run here too so that a failure counts in the
 * test summary: scripts/check-links.ts (every internal link and fragment of out/ and of the sub-path build
 * resolves) and scripts/weight.ts (every page type within weight-budget.json; reading pages carry no
 * search, classifier or highlighting code). scripts/test.sh also runs both, for their printed figures.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO, SUB_PATH } from './site-data';
import { expect, test } from './support/test';

function run(script: string, ...args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO, 'scripts', script), ...args], {
    cwd: REPO,
    encoding: 'utf8',
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

test('every internal link and fragment of both exports resolves (scripts/check-links.ts)', () => {
  const out = process.env.E2E_OUT_DIR ?? 'out';
  const sub = process.env.E2E_OUT_SUBPATH_DIR ?? 'out-subpath';
  const r = run('check-links.ts', out, `${sub}=${SUB_PATH}`);
  expect(r.status, r.output).toBe(0);
});

test('every page type is within its weight budget (scripts/weight.ts)', () => {
  const r = run('weight.ts', process.env.E2E_OUT_DIR ?? 'out');
  expect(r.status, r.output).toBe(0);
});
