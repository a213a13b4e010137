// How often the classifier is right, and whether its `high` is a promise kept (contract: confidence):
// over a corpus of labelled pastes, how many verdicts name the right source, how many say `high`, and how
// many of those are wrong. `npm run bench` prints it for every corpus; the fixtures' tests hold it at zero.
import fs from 'node:fs';
import type { Fixture } from './fixture-files';
import { classify } from './index';
import type { Result } from './types';
import type { MatchRule } from '../catalog/rules';

export type Calibration = {
  corpus: string;
  cases: number;
  /** Verdicts whose source is the labelled one. */
  rightSource: number;
  /** Verdicts whose source and entry (where the label names one) are the labelled ones. */
  right: number;
  high: number;
  /** `high` verdicts that claim what the label contradicts (`contradicts`): the figure that must be 0. */
  wrongHigh: string[];
  /** Every case whose source is wrong, for the reader of the figures. */
  wrongSource: string[];
};

/** Whether `result` says what the label says: the source, and the entry where the label names it. */
export function agrees(result: Pick<Result, 'source' | 'entry'>, expected: Fixture['expected']): boolean {
  return result.source === expected.source && (!('entry' in expected) || result.entry === expected.entry);
}

/**
 * Whether `result` claims something the label contradicts: another source, or an entry that is neither the
 * labelled one nor, where the label reads the layers the other way round, one of its hops' entries. An entry
 * left open (null) claims nothing.
 */
export function contradicts(result: Pick<Result, 'source' | 'entry' | 'hops'>, expected: Fixture['expected']): boolean {
  if (result.source !== expected.source) return true;
  if (!('entry' in expected) || result.entry === null || result.entry === expected.entry) return false;
  return !result.hops.some((h) => h.entry === expected.entry);
}

export function calibrate(corpus: string, fixtures: Fixture[], rules: MatchRule[]): Calibration {
  const out: Calibration = { corpus, cases: 0, rightSource: 0, right: 0, high: 0, wrongHigh: [], wrongSource: [] };
  for (const f of fixtures) {
    const result = classify(new Uint8Array(fs.readFileSync(f.file)), rules, f.expected.options);
    const name = `${f.group}/${f.name}`;
    out.cases++;
    if (result.source === f.expected.source) out.rightSource++;
    else out.wrongSource.push(`${name}: ${result.source} (${result.confidence}), labelled ${f.expected.source}`);
    const ok = agrees(result, f.expected);
    if (ok) out.right++;
    if (result.confidence === 'high') {
      out.high++;
      if (contradicts(result, f.expected))
        out.wrongHigh.push(
          `${name}: ${result.source} ${result.entry ?? ''}, labelled ${f.expected.source} ${f.expected.entry ?? ''}`,
        );
    }
  }
  return out;
}
