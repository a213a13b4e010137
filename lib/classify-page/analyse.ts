/**
 * What the classify page's worker does with a paste, in two steps so the verdict shows before the slower
 * part: `analyse` (the engine's verdict, the HAR entries, where each piece of evidence sits) and `handoff`
 * (the masked paste, the share fragment, the masked response for a ticket). Pure: the page runs it in a
 * Web Worker, and on the main thread where a worker cannot start.
 */
import { locate, type Location } from './evidence';
import { orderHarEntries } from './har-list';
import { triageParsed } from '../capture/triage';
import type { MatchRule } from '../catalog/rules';
import {
  classifyParsed,
  noResponseKind,
  safeParse,
  unknown,
  type HarEntryInfo,
  type NoResponseKind,
  type Result,
} from '../classify';
import {
  harEntries,
  header,
  listHarEntries,
  pick,
  type Evidence,
  type Parsed,
  type ParsedResponse,
  type Triage,
} from '../classify';
import { maskSecrets, type Masked } from '../share/mask';
import { encodeShare, MAX_LINK } from '../share/share-link';

export type Analysis = {
  result: Result;
  /** The HAR's entries in recorded order; empty for any other paste. */
  har: HarEntryInfo[];
  /** The entry the verdict is about (the one asked for, else the engine's default). */
  harIndex: number | null;
  /** The Date header of the response the verdict is about: the time a ticket needs. */
  date: string | null;
  /** For each piece of evidence, where its text sits in the paste. */
  locations: (Location | null)[];
  /** The response the verdict is about, as raw HTTP, clipped: what a ticket quotes (masked by `handoff`). */
  response: string;
  /** Identifiers in the paste that the fixes ask for (not secrets): bk_app_code, bk_username. */
  ids: [name: string, value: string][];
  /** Where no response came: which way (refused, reset, DNS, TLS, a timeout), read here so the page needs no engine. */
  noResponse: NoResponseKind | null;
};

/** `"bk_app_code": "x"`, `bk_app_code=x`, escaped or not: the first of each, in the first megabyte. */
const IDS = ['bk_app_code', 'bk_username'].map(
  (name) => [name, new RegExp(String.raw`${name}\\*["']?\s*[:=]\s*\\*["']?([\w.@-]{1,64})`)] as const,
);

export function identifiers(input: string): [string, string][] {
  const head = input.slice(0, 1024 * 1024);
  return IDS.flatMap(([name, re]) => {
    const m = re.exec(head);
    return m ? [[name, m[1]!] as [string, string]] : [];
  });
}

export type Handoff = {
  masked: Masked[];
  /** Lines of the paste withheld whole from the link (and of the response from the ticket): a secret there could not be delimited. */
  withheld: number[];
  /** The share fragment, or null when even the smallest form of the paste makes too long a link. */
  fragment: string | null;
  /** The link carries only the chosen HAR entry: the whole HAR made too long a link. */
  reduced: boolean;
  /** The response for the ticket, masked. */
  response: string;
  /** The request line (method and URL) for the ticket, masked: a URL may carry a token. */
  request: string | null;
};

/** How much of a body a ticket quotes; the rest is one click away in the share link. */
const TICKET_BODY = 3000;

/** A response as the raw HTTP a person would paste: status line, headers, blank line, body (clipped). */
export function renderResponse(res: ParsedResponse | null, maxBody = TICKET_BODY): string {
  if (!res) return '';
  const lines: string[] = [];
  if (res.status !== null) lines.push(`HTTP/1.1 ${res.status}${res.reason ? ` ${res.reason}` : ''}`);
  for (const [name, value] of res.headers.slice(0, 60)) lines.push(`${name}: ${value}`);
  const body =
    res.body.length > maxBody
      ? `${res.body.slice(0, maxBody)}\n… (${res.body.length - maxBody} more characters)`
      : res.body;
  if (lines.length && body) lines.push('');
  if (body) lines.push(body);
  return lines.join('\n');
}

/**
 * The verdict on the paste (on HAR entry `harEntry` where it is a HAR, else on the first failure the page lists)
 * and what the page shows beside it.
 * `parsed` is the paste already parsed, where the caller keeps it (the worker parses a paste once, however
 * many of its HAR entries the person opens).
 */
export function analyse(
  input: string,
  rules: MatchRule[],
  harEntry: number | null,
  parsed: Parsed | Evidence = safeParse(input),
): Analysis {
  let result: Result;
  let har: HarEntryInfo[] = [];
  let harIndex: number | null = null;
  let response: ParsedResponse | null = null;
  if ('form' in parsed) {
    har = listHarEntries(parsed);
    // Unasked, a HAR opens on the first failure the page lists (the engine's own default is the last).
    const picked = pick(parsed, harEntry ?? orderHarEntries(har)[0]?.index);
    result = classifyParsed(parsed, picked, rules, input);
    harIndex = picked.harIndex;
    response = picked.response;
  } else result = unknown([parsed]);
  return {
    result,
    har,
    harIndex,
    date: response ? header(response, 'date') : null,
    locations: result.evidence.map((e) => locate(input, e.signal, e.found)),
    response: renderResponse(response),
    ids: identifiers(input),
    noResponse: noResponseKind(result.evidence.find((e) => e.signal === 'no-response-came')?.found ?? ''),
  };
}

/** A HAR holding only entry `index` of `text`, or null when `text` is not a HAR that has it. */
export function reduceHar(text: string, index: number): string | null {
  try {
    const entries = harEntries(JSON.parse(text));
    const entry = entries?.[index];
    return entry === undefined
      ? null
      : JSON.stringify({
          log: { version: '1.2', creator: { name: 'apigw-error-portal', version: '1' }, entries: [entry] },
        });
  } catch {
    return null;
  }
}

export function handoff(
  input: string,
  analysis: Pick<Analysis, 'har' | 'harIndex' | 'response'> & { result: Pick<Result, 'request'> },
): Handoff {
  const { text, masked, withheld } = maskSecrets(input);
  const response = maskSecrets(analysis.response).text;
  const { method, url } = analysis.result.request ?? {};
  const line = [method, url].filter(Boolean).join(' ');
  const request = line ? maskSecrets(line).text : null;
  const many = analysis.har.length > 1;
  let fragment: string | null = encodeShare({ text, harEntry: many ? analysis.harIndex : null });
  let reduced = false;
  if (fragment.length > MAX_LINK && many && analysis.harIndex !== null) {
    const one = reduceHar(text, analysis.harIndex);
    fragment = one === null ? fragment : encodeShare({ text: one, harEntry: null });
    reduced = one !== null;
  }
  return {
    masked,
    withheld,
    fragment: fragment.length > MAX_LINK || text.trim() === '' ? null : fragment,
    reduced,
    response,
    request,
  };
}

/**
 * A HAR's failures grouped (lib/capture/triage.ts: lib/classify/triage.ts's groups, each distinct response classified
 * once), each group's example request masked for the page and a ticket.
 */
export function groupFailures(
  parsed: Parsed,
  rules: MatchRule[],
  onProgress?: (done: number, total: number) => void,
): Triage | null {
  const grouped = triageParsed(parsed, rules, onProgress);
  for (const g of grouped?.groups ?? []) g.request = maskSecrets(g.request).text;
  return grouped;
}
