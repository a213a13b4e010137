import { decide } from './decide/decide';
import { peelHops, relayedHops } from './match/hops';
import { match } from './match/match';
import { aboutTheCall } from './read/call';
import { parse, type Parsed } from './read/parse';
import { listHarEntries, pick, type Picked } from './read/pick';
import { decodeInput } from './read/text';
import { ev, signals } from './signals/signals';
import type { Evidence, HarEntryInfo, Result } from './types';
import type { MatchRule } from '../catalog/rules';

// The engine's face: the rest of the code reaches lib/classify through this file only (eslint.config.mjs).
export { SIGNALS, type SignalInfo, type SignalId } from './signals/signal-map';
export type { Result, Evidence, HarEntryInfo, ParsedResponse, Parsed, Source } from './types';
export { decodeBase64, harEntries } from './read/har';
export { listHarEntries, pick } from './read/pick';
export { header, truncate } from './read/text';
export { noResponseKind, type NoResponseKind } from './read/clues';
export { triage, type Triage, type TriageGroup } from './triage';
export { readQuery, resolve, resolverParams, type Resolution, type ResolveQuery } from './match/resolve';

export type ClassifyOptions = {
  /** For a HAR with several entries: the entry the person chose (its index in `log.entries`). */
  harEntry?: number;
};

/** The verdict on a paste that could not be read, or judged: unknown, with what went wrong. */
export function unknown(evidence: Evidence[]): Result {
  return {
    confidence: 'low',
    reason: null,
    request: null,
    hops: [],
    gateway: null,
    app: null,
    client_ip: null,
    debug: null,
    missing: [],
    source: 'unknown',
    layer: null,
    status: null,
    code: null,
    code_name: null,
    entry: null,
    candidates: [],
    request_id: null,
    evidence,
  };
}

export function safeParse(input: unknown): Parsed | Evidence {
  try {
    return parse(typeof input === 'string' ? input : decodeInput(input));
  } catch (e) {
    return ev('internal-error', e instanceof Error ? e.name : 'error', 'The paste could not be read.');
  }
}

/**
 * Who produced a pasted response and which catalog entry explains it. Runs parse, pick, signals,
 * decide and match; never throws, whatever the input (a failure inside becomes an `unknown` verdict
 * with an `internal-error` evidence, so the page and the command line always get a result).
 */
export function classify(input: string | Uint8Array, rules: MatchRule[], options: ClassifyOptions = {}): Result {
  let text: string;
  try {
    text = decodeInput(input);
  } catch (e) {
    return unknown([ev('internal-error', e instanceof Error ? e.name : 'error', 'The paste could not be read.')]);
  }
  const parsed = safeParse(text);
  if (!('form' in parsed)) return unknown([parsed]);
  return classifyParsed(parsed, pick(parsed, options.harEntry), rules, text);
}

/** The verdict on one response of a paste already parsed: what `classify` does after parsing. */
export function classifyParsed(parsed: Parsed, picked: Picked, rules: MatchRule[], text = ''): Result {
  try {
    const { facts, evidence } = signals(parsed, picked);
    const decision = decide(facts, rules);
    const matched = match(facts, decision, rules);
    const call = aboutTheCall(text, facts, { source: decision.source, request_id: facts.requestId });
    // What the caller received: the result's own fields, and the outermost hop where there are layers inside.
    const outer = {
      source: decision.source,
      layer: decision.layer,
      status: decision.noStatus ? null : facts.status,
      code: matched.code,
      code_name: matched.code_name,
      entry: matched.entry,
    };
    return {
      ...outer,
      candidates: matched.candidates,
      request_id: facts.requestId,
      confidence: decision.source === 'unknown' || severalCodes(parsed) ? 'low' : decision.confidence,
      reason: matched.reason,
      request: facts.request,
      hops:
        relayedHops(facts, decision.relayed, matched.candidates[0] ?? null) ??
        peelHops({ ...outer, message: facts.body.message }, facts.body, rules),
      ...call,
      evidence: [...evidence, ...decision.evidence, ...matched.evidence],
    };
  } catch (e) {
    return unknown([
      ev('internal-error', e instanceof Error ? e.name : 'error', 'Part of the paste could not be judged.'),
    ]);
  }
}

/** Error bodies of different gateway or ESB codes in the paste: which one is meant is open, so at most `low`. */
function severalCodes(parsed: Parsed): boolean {
  const codes = new Set(
    (parsed.several ?? []).flatMap((e) => (e.kind === 'gateway' || e.kind === 'esb' ? [e.code] : [])),
  );
  return codes.size > 1;
}

/** The entries of a pasted HAR file, for the page to let the person choose one; empty for any other paste. */
export function harEntriesOf(input: string | Uint8Array): HarEntryInfo[] {
  try {
    const parsed = parse(decodeInput(input));
    return listHarEntries(parsed);
  } catch {
    return [];
  }
}
