// Figures for `npm run bench` on whether the classifier is right where it says so (issue: right on what it
// has not seen): per corpus, the calibration (lib/classify/calibration.ts), and over wrapped fixtures how often
// a verdict names the other side. Node only: reads the corpora from disk.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { calibrate, type Calibration } from './calibration';
import { readFixtures } from './fixture-files';
import { classify } from './index';
import type { MatchRule } from '../catalog/rules';
import { compose, WRAPPERS } from '../wrappers';

/** The labelled corpora: the fixtures the rules were tuned on, then the sets written by people who had not read them. */
export const CORPORA = ['fixtures', 'blind', 'holdout', 'final', 'fresh', 'fresh-f'] as const;

export function calibrations(rules: MatchRule[]): Calibration[] {
  return CORPORA.map((c) => path.join(import.meta.dirname, c))
    .filter((dir) => fs.existsSync(dir))
    .map((dir) => calibrate(path.basename(dir), readFixtures(dir), rules));
}

export type WrappedFigures = { runs: number; crossed: number; crossedHigh: number; unknown: number };

/**
 * Labelled fixtures in `runs` random compositions of up to three wrappers (a fixed seed, so the figure is
 * the same from run to run): how many verdicts name the other side, how many of those say `high`.
 */
export function wrappedCrossings(rules: MatchRule[], runs = 15000): WrappedFigures {
  const labelled = readFixtures()
    .filter((f) => f.file.endsWith('.txt') && !f.expected.options && f.expected.source !== 'unknown')
    .map((f) => ({ f, text: fs.readFileSync(f.file, 'utf8') }));
  const cases = fc.sample(
    fc.tuple(fc.constantFrom(...labelled), fc.array(fc.constantFrom(...WRAPPERS), { minLength: 1, maxLength: 3 })),
    { numRuns: runs, seed: 42 },
  );
  // (A seed other than the property test's, so the benchmark sees compositions the test does not.)
  const out: WrappedFigures = { runs: 0, crossed: 0, crossedHigh: 0, unknown: 0 };
  for (const [{ f, text }, all] of cases) {
    // The same fairness as wrapped.property.test.ts: a made-up status only on a raw response, fragments in lines.
    const ws = all.filter(
      (w, i) =>
        (!w.statusOfText || (i === 0 && /^HTTP\/\d/.test(text.trimStart()))) &&
        (f.group !== 'fragments' || ['log-prefix', 'chat', 'layout'].includes(w.kind)),
    );
    if (!ws.length) continue;
    const r = classify(compose(text, ...ws), rules);
    out.runs++;
    if (r.source === 'unknown') out.unknown++;
    else if (r.source !== f.expected.source) {
      out.crossed++;
      if (r.confidence === 'high') out.crossedHigh++;
    }
  }
  return out;
}
