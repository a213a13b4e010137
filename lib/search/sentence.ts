/**
 * What a sentence or a log line says outright, wherever it says it: the statuses, codes and code_names in it,
 * whether it speaks of the legacy ESB, and a log line's own status (an access log's, a JSON log's). Pure; the
 * query comes in normalised (`norm`).
 */
import { ESB_CODE } from '../catalog/codes';

/** A three-digit status or a seven-digit code standing alone inside text, Chinese or not (not in 10.0.0.1, 12:30). */
const NUMBER_IN_TEXT = /(?<![\d.:/#-])(\d{3}|\d{7})(?![\d.:/%-])/g;
/** A code_name: upper-case words joined by underscores (`app_no_permission` once lower-cased). */
const CODE_NAME = /(?<![a-z0-9_])[a-z][a-z0-9]*(?:_[a-z0-9]+)+(?![a-z0-9_])/g;
/** nginx's (and most servers') access log: `"GET /path HTTP/1.1" 499 0 "-" "agent"`. */
const ACCESS_LOG = /"(?:get|post|put|patch|delete|head|options) [^"\s]* http\/[\d.]+" (\d{3}) /g;
/** A JSON access log's status field: `"status": 504`, `"status_code":"502"`, `"upstream_status": "504"`. */
const JSON_STATUS = /"(?:status|status_code|http_status|response_status|upstream_status)"\s*:\s*"?(\d{3})\b/g;
/** Words that say the call went through the legacy ESB rather than the gateway. */
const ESB = new RegExp(String.raw`(?<![a-z])esb(?![a-z])|组件|component|(?<!\d)${ESB_CODE.source.slice(1, -1)}(?!\d)`);
/** Past this length a query is a paste: only a log line's own status is read out of it, not every number. */
const SENTENCE = 240;
/** Past this, what is left of a log line once its status is read is the line's other fields. */
const LOG_REMARK = 60;

export type Sentence = {
  /** Statuses and codes in the order they appear, each once; a log line's status first. */
  numbers: string[];
  codeNames: string[];
  /** The query without the numbers and code_names read out of it: what orders the entries they name. */
  rest: string;
  esb: boolean;
  /** The status came from a log line's shape (an access log, a JSON log). */
  log: boolean;
};

export function readSentence(q: string): Sentence {
  const numbers: string[] = [];
  const add = (n: string) => numbers.includes(n) || numbers.push(n);
  let rest = q;
  let log = false;
  for (const re of [ACCESS_LOG, JSON_STATUS])
    for (const m of q.matchAll(re)) {
      add(m[1]!);
      log = true;
      rest = rest.replace(m[0], ' ');
    }
  // A JSON body is the paste reader's (its code and message say more than any number in it).
  const body = /^\s*\{/.test(q) && /"code"\s*:/.test(q);
  if (!body && q.length <= SENTENCE) {
    for (const m of q.matchAll(NUMBER_IN_TEXT)) add(m[1]!);
    rest = rest.replace(NUMBER_IN_TEXT, ' ');
  }
  const codeNames = body ? [] : [...new Set([...q.matchAll(CODE_NAME)].map((m) => m[0]))];
  rest = rest.replace(/\s+/g, ' ').trim();
  // A log line's other fields (times, paths, agents) say nothing about the error: only a short remark does.
  if (log && rest.length > LOG_REMARK) rest = '';
  return { numbers, codeNames, rest, esb: ESB.test(q), log };
}
