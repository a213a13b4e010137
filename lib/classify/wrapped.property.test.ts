// Every labelled fixture, wrapped the way real products print, log, ship or carry a response (lib/wrappers:
// loggers, escapes, dumps, trackers, shippers, chat, markup), in any composition of up to three: a verdict
// that says `high` keeps the fixture's source. Where a wrapper hides the decisive part it may fall to unknown
// or low; how often a `low` one still names the other side is measured by the benchmark, not asserted here.
import fs from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readFixtures } from './fixture-files';
import { classify } from './index';
import { loadRules } from '../catalog/load';
import { compose, WRAPPERS, type Wrapper } from '../wrappers';

const rules = loadRules();
/** Single pastes with a sure verdict: a HAR file or a chosen entry is not something people wrap in a log line. */
const labelled = readFixtures()
  .filter((f) => f.file.endsWith('.txt') && !f.expected.options && f.expected.source !== 'unknown')
  .map((f) => ({ f, text: fs.readFileSync(f.file, 'utf8') }));

/**
 * A wrapper that prints a status beside the text (`statusOfText`) makes one up for a text without its own
 * status line; a fragment (a code alone) inside a body-shaped wrapper (a dict, a span, a page) is that body's
 * word, not the gateway's fragment. Neither asserts anything of the fixture, so neither is tried on it.
 */
function fair(w: Wrapper, position: number, group: string, text: string): boolean {
  // Only first, on a raw response: inside another wrapper's output there is no status line of its own to print.
  if (w.statusOfText && (position > 0 || !/^HTTP\/\d/.test(text.trimStart()))) return false;
  if (group === 'fragments') return ['log-prefix', 'chat', 'layout'].includes(w.kind) || FRAGMENT_SAFE.has(w.id);
  return true;
}
const FRAGMENT_SAFE = new Set(['markdown-fence', 'email-quote', 'github-issue-details']);

describe('a wrapped paste keeps its source', () => {
  it('through any three real wrappers: a high verdict names the same source', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...labelled),
        fc.array(fc.constantFrom(...WRAPPERS), { minLength: 1, maxLength: 3 }),
        ({ f, text }, all) => {
          const ws = all.filter((w, i) => fair(w, i, f.group, text));
          fc.pre(ws.length > 0);
          const r = classify(compose(text, ...ws), rules);
          const where = `${f.group}/${f.name} in ${ws.map((w) => w.id).join(' > ')}: ${r.source} (${r.confidence})`;
          // A sure verdict on a wrapped paste is a right one. (A `low` one may still cross: the benchmark
          // counts those, lib/classify/bench.ts `wrapped`, and the README gives the figure.)
          if (r.confidence === 'high') expect(r.source, where).toBe(f.expected.source);
        },
      ),
      // A fixed seed: the same 1,000 compositions every run, so CI is repeatable. The benchmark samples 15,000
      // others (lib/classify/bench-calibration.ts); over four other seeds (56,653 compositions) no `high` crosses.
      // Each wrong `high` those runs found was fixed in the method; unseen.test.ts keeps one case of each.
      { numRuns: 1000, seed: 20261207 },
    );
  });
});
