import { CODE_IN_TEXT, statusInCode } from '../../catalog/codes';
import type { SeenError, Span } from '../types';

/** Past this size a paste is a log or a capture: its error bodies are counted, not its words. */
const SCANNED = 256 * 1024;
const PAGE_TITLE = /<title>\s*([1-5]\d\d)\b/gi;
/** A document's section for a status (`### 504`, `## status: 429`): the errors it explains are of that status. */
const STATUS_HEADING = /^#{1,6}[ \t]+(?:status[ \t]*:?[ \t]*)?([1-5]\d\d)\b/gim;

/** One error, however often it is shown: a body by its code and message, a code, a page or section by its status. */
export function keyOf(e: SeenError): string {
  switch (e.kind) {
    case 'gateway':
    case 'esb':
      return `${e.code} ${e.message ?? ''}`;
    case 'code':
      return String(e.code);
    case 'backend':
      return 'backend body';
    case 'record':
      return `${e.status} ${e.codeName} ${e.message ?? ''}`;
    default:
      return `${e.kind} ${e.status}`;
  }
}

/**
 * Whether a position falls inside one of the spans: a binary search over them by start, with the furthest end
 * reached so far (a log of thousands of bodies and codes is not searched pair by pair).
 */
function insideOf(spans: readonly Span[]): (at: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const reach: number[] = [];
  for (const s of sorted) reach.push(Math.max(s.end, reach.at(-1) ?? 0));
  return (at) => {
    let lo = 0;
    let hi = sorted.length - 1;
    let last = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]!.start <= at) [last, lo] = [mid, mid + 1];
      else hi = mid - 1;
    }
    return last >= 0 && at < reach[last]!;
  };
}

/**
 * The different errors a paste shows side by side, in the order found: the error bodies among its JSON values
 * (`bodies`), the gateway's and the ESB's codes its text names outside them, the statuses of the error pages
 * it holds. Undefined where there are fewer than two: one error, however often it is repeated, is one error.
 */
export function errorsSeen(text: string, bodies: (SeenError & Span)[]): SeenError[] | undefined {
  const seen = new Map<string, SeenError>();
  for (const { start: _s, end: _e, ...b } of bodies) seen.set(keyOf(b), b);
  if (text.length <= SCANNED) {
    // A code inside a body (its message quoting another system's error) is an error inside that error, a hop;
    // named again in the text around, it is still that error.
    const inside = insideOf(bodies);
    const named = [...text.matchAll(new RegExp(CODE_IN_TEXT, 'g'))].map((m) => ({ code: Number(m[1]), at: m.index }));
    const known = new Set(bodies.map((b) => ('code' in b ? b.code : null)));
    for (const n of named) if (inside(n.at)) known.add(n.code);
    for (const { code } of named) if (!known.has(code)) seen.set(String(code), { kind: 'code', code });
    for (const m of text.matchAll(PAGE_TITLE))
      if (!inside(m.index)) seen.set(`page ${m[1]}`, { kind: 'page', status: Number(m[1]) });
    // A section for a status none of the bodies has: an error the document explains without a body (a 499).
    const statuses = new Set(bodies.flatMap((b) => (b.kind === 'gateway' ? [statusInCode(b.code)] : [])));
    for (const m of text.matchAll(STATUS_HEADING))
      if (!statuses.has(Number(m[1]))) seen.set(`section ${m[1]}`, { kind: 'section', status: Number(m[1]) });
  }
  return seen.size > 1 ? [...seen.values()] : undefined;
}
