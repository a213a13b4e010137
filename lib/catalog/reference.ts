/**
 * The reference the catalog is checked against: content/reference/gateway-texts.jsonl, every error text the
 * gateway's data plane and the legacy ESB can send, read from every release branch of their source (see
 * content/reference/PROVENANCE.md). This module reads it and says how a text is named and how it is sent.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CONTENT_DIR } from './load';
import { RELEASE_NAMES, type Release } from './releases';
import type { ReleaseNote } from './schema';

export type TextRow = {
  kind: 'gateway' | 'esb';
  /** null where the status is the upstream's (1650070). */
  status: number | null;
  code: number | null;
  code_name: string | null;
  template: string;
  where: 'message' | 'reason' | 'upstream_error' | 'page';
  /** `release/1.N`, `release/1.17-pre` or `master`: where the text exists, attached to this kind. */
  refs: string[];
  first_release: string | null;
  last_release: string | null;
  source: { ref: string; file: string; line: number };
  note?: string;
  /** The texts it is embedded in, one chain per way, outermost last. */
  inside?: string[][];
  /** Also sent as a whole value. */
  standalone?: boolean;
  /** Comes from another service: no fixed words. */
  passthrough?: boolean;
};

export const REFERENCE_FILE = path.join(CONTENT_DIR, 'reference', 'gateway-texts.jsonl');
export const PROVENANCE_FILE = path.join(CONTENT_DIR, 'reference', 'PROVENANCE.md');

let cached: TextRow[] | null = null;
export function loadReference(): TextRow[] {
  cached ??= fs
    .readFileSync(REFERENCE_FILE, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as TextRow);
  return cached;
}

/** The newest numbered data-plane release the reference was read at, and its commit (from PROVENANCE.md). */
export function checkedAgainst(): { release: Release; commit: string; date: string } {
  const text = fs.readFileSync(PROVENANCE_FILE, 'utf8');
  const rows = [...text.matchAll(/^\| `release\/(1\.\d+)`\s*\| `([0-9a-f]{7,40})` \| (\d{4}-\d{2}-\d{2}) \| yes/gm)];
  const known = rows.filter(([, r]) => (RELEASE_NAMES as string[]).includes(r!));
  const last = known.sort((a, b) => RELEASE_NAMES.indexOf(a[1] as Release) - RELEASE_NAMES.indexOf(b[1] as Release))[
    known.length - 1
  ];
  if (!last) throw new Error(`${PROVENANCE_FILE}: no numbered data-plane release in its table`);
  return { release: last[1] as Release, commit: last[2]!, date: last[3]! };
}

/** Lower case, one space for any run of white space (the source wraps some long texts over lines). */
export function normalise(text: string): string {
  return text.replace(/\\"/g, '"').replace(/\s+/g, ' ').toLowerCase();
}

const PLACEHOLDER = /<[^<>]+>|%[sd]/g;

/**
 * The fixed words of a template: the parts between its placeholders, trimmed of the punctuation that joins
 * them to a value, that hold at least three characters and a letter.
 */
export function fixedParts(template: string): string[] {
  return template
    .split(PLACEHOLDER)
    .map((p) => normalise(p).replace(/^[\s,.:;=[\]"'()]+|[\s,.:;=[\]"'()]+$/g, ''))
    .filter((p) => p.length >= 3 && /[a-z]/.test(p));
}

/** Whether a text (a page, in any case) names the template by all its fixed words. */
export function names(text: string, template: string): boolean {
  const page = normalise(text);
  const parts = fixedParts(template);
  return parts.length > 0 && parts.every((p) => page.includes(p));
}

/** The numbered releases a row's refs hold. */
export function releasesOf(row: Pick<TextRow, 'refs'>): Release[] {
  return row.refs
    .map((r) => r.replace(/^release\//, ''))
    .filter((r): r is Release => (RELEASE_NAMES as string[]).includes(r));
}

/** Whether a text can reach a caller with fixed words of its own (pass-through rows are another service's). */
export function hasFixedWords(row: TextRow): boolean {
  return !row.passthrough && fixedParts(row.template).length > 0;
}

/** A value a placeholder could carry, so that a filled template reads like a real response. */
function sample(name: string): string {
  const n = name.toLowerCase();
  if (/url/.test(n)) return 'http://bkauth.example.com/api/v1/apps/demo';
  if (/request_id/.test(n)) return '5d0c6a57-3c1e-4f6e-9a8b-2c4d6e8f0a1b';
  if (/status/.test(n)) return '500';
  if (/body|response/.test(n)) return '{"code":1,"message":"failed"}';
  if (/code/.test(n)) return 'demo-app';
  if (/tenant/.test(n)) return 'tenant-a';
  if (/user/.test(n)) return 'zhangsan';
  if (/gateway/.test(n)) return 'demo-gateway';
  if (/path|uri/.test(n)) return '/api/v1/demo';
  if (/method/.test(n)) return 'GET';
  if (/first 4|last 4/.test(n)) return 'abcd';
  if (/err|reason|message|msg/.test(n)) return 'timeout';
  if (/key/.test(n)) return 'demo-key';
  return 'demo';
}

/** The template with every placeholder replaced by a plausible value (`%s` of the ESB's prompts too). */
export function fill(template: string, inner?: string): string {
  const holes = [...template.matchAll(PLACEHOLDER)];
  const last = holes[holes.length - 1];
  let out = '';
  let at = 0;
  for (const h of holes) {
    out += template.slice(at, h.index) + (inner !== undefined && h === last ? inner : sample(h[0].slice(1, -1)));
    at = h.index + h[0].length;
  }
  return (out + template.slice(at)).replace(/\s*\n\s*/g, ' ').replace(/%[sd]/g, 'demo');
}

/** A response as the gateway or the ESB sends it with this text: status line, headers, body. */
export type SentForm = { status: number; headers: Record<string, string>; body: string; message: string };

/** The base message of a gateway error kind: its `message` row without brackets. */
function baseMessage(rows: TextRow[], row: TextRow): string {
  const base = rows.find(
    (r) =>
      r.kind === 'gateway' &&
      r.where === 'message' &&
      r.code === row.code &&
      r.code_name === row.code_name &&
      !r.template.includes('['),
  );
  return base?.template ?? 'Internal Server Error';
}

/**
 * How the text reaches a caller: a reason inside `[reason="..."]` of its kind's message, an upstream error
 * inside `[upstream_error="..."]`, a text embedded in another inside the outermost one, a composite message as
 * it is, the DNS page as plain text without the error headers, an ESB text in the ESB's body.
 */
export function sentForm(row: TextRow, rows: TextRow[] = loadReference()): SentForm {
  if (row.kind === 'esb') {
    const message = fill(row.template);
    const body =
      row.code === null
        ? JSON.stringify({ result: false, data: null, message })
        : JSON.stringify({ result: false, code: row.code, data: null, message, request_id: 'c6a0b1d2e3f4' });
    return { status: row.status ?? 200, headers: { 'Content-Type': 'application/json' }, body, message };
  }
  if (row.where === 'page') {
    // The DNS patch writes the gateway's body itself, as plain text and without the error headers.
    const message = fill(row.template);
    const body = JSON.stringify({ data: null, result: false, code_name: row.code_name, code: row.code, message });
    return { status: row.status ?? 502, headers: { 'Content-Type': 'text/plain' }, body, message };
  }
  let text = fill(row.template);
  for (const outer of row.inside?.[0] ?? []) text = fill(outer, text);
  const message = row.where === 'message' ? text : `${baseMessage(rows, row)} [${row.where}="${text}"]`;
  const body = JSON.stringify({ code: row.code, data: null, code_name: row.code_name, message, result: false });
  const status = row.status ?? 501;
  return {
    status,
    headers: {
      'Content-Type': 'application/json; charset=utf-8',
      'X-Bkapi-Request-ID': 'c1603c83-672d-48a3-83cd-4eb4bd006011',
      'X-Bkapi-Error-Code': String(row.code),
      'X-Bkapi-Error-Message': message,
    },
    body,
    message,
  };
}

/** The sent form as raw HTTP, as a reader pastes it. */
export function rawResponse(form: SentForm): string {
  const headers = Object.entries(form.headers).map(([k, v]) => `${k}: ${v}`);
  return [`HTTP/1.1 ${form.status} X`, ...headers, '', form.body].join('\n');
}

/** The numbered releases a note's range covers. */
export function span(from: Release | undefined, until: Release | undefined): Release[] {
  const a = from ? RELEASE_NAMES.indexOf(from) : 0;
  const b = until ? RELEASE_NAMES.indexOf(until) : RELEASE_NAMES.length - 1;
  return RELEASE_NAMES.slice(a, b + 1);
}

/**
 * What a release note claims that the source does not bear out: a text it names that is not a gateway text of
 * the reference, a release of its range where a text it names does not exist, a citation outside its range,
 * or an end of the range (its first release; its last, or master if open) with no citation. Empty: it holds.
 */
export function noteProblems(
  note: Pick<ReleaseNote, 'from' | 'until' | 'texts' | 'source'>,
  code: number | null,
  rows: TextRow[] = loadReference(),
): string[] {
  const problems: string[] = [];
  const range = span(note.from, note.until);
  for (const template of note.texts) {
    const candidates = rows.filter((r) => r.template === template && r.kind === 'gateway');
    const row = candidates.find((r) => r.code === code) ?? candidates[0];
    if (!row) {
      problems.push(`"${template}" is not a gateway text of the reference`);
      continue;
    }
    const exists = releasesOf(row);
    const without = range.filter((r) => !exists.includes(r));
    if (without.length) problems.push(`"${template}" does not exist on release/${without.join(', ')}`);
  }
  if (note.source.length) {
    const cited = note.source.map((c) => c.split(' ')[0]!.replace(/^release\//, ''));
    for (const c of cited)
      if (c !== 'master' && !(range as string[]).includes(c)) problems.push(`cites ${c}, outside the range`);
    if (!cited.includes(range[0]!)) problems.push(`no citation on release/${range[0]}, the first of the range`);
    const last = note.until ?? 'master';
    if (!cited.includes(last))
      problems.push(`no citation on ${note.until ? `release/${last}` : 'master'}, the end of the range`);
  }
  return problems;
}
