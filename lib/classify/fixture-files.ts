import fs from 'node:fs';
import path from 'node:path';
import type { ClassifyOptions } from './index';
import type { Result } from './types';

/**
 * The expected subset; `options` and `evidence_signals` steer and check, and `cite` names where the paste's
 * form comes from (the product's source or documentation): none of the three is a result field.
 */
export type Expected = Partial<Omit<Result, 'evidence'>> & {
  options?: ClassifyOptions;
  evidence_signals?: string[];
  cite?: string;
};
/** One fixture: `fixtures/<group>/<name>.txt|.har` (the paste) and `<name>.expected.json` beside it. */
export type Fixture = { group: string; name: string; file: string; expected: Expected };

const FIXTURES_DIR = path.join(import.meta.dirname, 'fixtures');
const PASTE = /\.(?:txt|har)$/;

/** Every fixture of every group, in a stable order; a paste without its expected file is an error. */
export function readFixtures(root = FIXTURES_DIR): Fixture[] {
  const out: Fixture[] = [];
  const groups = fs
    .readdirSync(root, { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => d.name)
    .sort();
  for (const group of groups) {
    for (const file of fs
      .readdirSync(path.join(root, group))
      .filter((f) => PASTE.test(f))
      .sort()) {
      const name = file.replace(PASTE, '');
      const expectedFile = path.join(root, group, `${name}.expected.json`);
      if (!fs.existsSync(expectedFile)) throw new Error(`${group}/${file}: no ${name}.expected.json beside it`);
      out.push({
        group,
        name,
        file: path.join(root, group, file),
        expected: JSON.parse(fs.readFileSync(expectedFile, 'utf8')),
      });
    }
  }
  return out;
}
