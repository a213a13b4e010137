/**
 * A response as telemetry records it: a trace span's or a log record's attributes (OpenTelemetry's
 * `http.response.header.<name>` and `http.response.status_code`, OpenTracing's `http.status_code`), in
 * whichever notation the tool prints them: OTLP JSON (`{"key": …, "value": {"stringValue": …}}`), Jaeger's
 * and Zipkin's tags (`{"key": …, "type": …, "value": …}`, `"name": "value"`), the Collector's debug exporter
 * (`-> name: Slice(["…"])`), console exporters and UIs (`name: [ '…' ]`, `name⇥["…"]`). Header names are
 * read with `_` for `-` (exporters that normalise them). One pass of one expression over the text.
 */
import type { ParsedResponse } from './types';

const ATTRIBUTE =
  /\bhttp[._](?:response[._]header[._]([a-z0-9][\w-]{0,63})|(?:response[._])?status[._]?code)(?=["'\s:=,)\]>])/gi;
/** What may stand between an attribute's name and its value in the notations above. */
const PREFIX =
  /^["']?\s*(?:,\s*"v?[Tt]ype"\s*:\s*"?\w+"?\s*)?(?:,\s*"value"\s*:)?\s*(?:[:=]|=>|->)?\s*(?:\{\s*"arrayValue"\s*:\s*\{\s*"values"\s*:\s*\[\s*)?(?:\{\s*"(?:string|int)Value"\s*:\s*)?(?:(?:Slice|Str|Int|Array)\()?/;

/**
 * The value after an attribute's name: past its brackets and quotes (a list's `["…"]`, JSON escaping it once
 * more `"[\"…\"]"`), up to the quote that closes it at the same depth, or else to a comma, bracket or line end.
 */
export function valueAt(text: string, from: number): string | null {
  const rest = text.slice(from, from + 2000);
  let i = PREFIX.exec(rest)![0].length;
  let quote: { char: string; slashes: number } | null = null;
  for (;;) {
    const open = /^[\s[(]+|^(\\*)(["'])/.exec(rest.slice(i));
    if (!open) break;
    if (open[2]) quote = { char: open[2], slashes: open[1]!.length };
    i += open[0].length;
  }
  let end = i;
  if (quote) {
    for (; end < rest.length; end++) {
      if (rest[end] !== quote.char || rest[end - 1] === '\n') continue;
      let run = 0;
      while (rest[end - 1 - run] === '\\') run++;
      if (quote.slashes === 0 ? run % 2 === 0 : run === quote.slashes) break;
    }
    end -= quote.slashes;
  } else while (end < rest.length && !/[,\])}\r\n\t]/.test(rest[end]!)) end++;
  let value = rest.slice(i, end);
  for (let depth = quote ? quote.slashes + 1 : 0; depth > 0; depth--) value = value.replace(/\\(["'\\])/g, '$1');
  value = value.trim();
  return value === '' ? null : value.slice(0, 300);
}

/** The telemetry holds the gateway's headers, or a status beside a request's attributes. */
const MARK = /http[._]response[._]header[._]x[-_]bkapi[-_]/i;

/**
 * The response a span records, or null where the text holds none of the gateway's response headers as
 * attributes. The status is the one nearest the gateway's headers: a trace can hold the caller's own span too.
 */
export function telemetryResponse(text: string): ParsedResponse | null {
  const head = text.length > 256 * 1024 ? text.slice(0, 256 * 1024) : text;
  const mark = MARK.exec(head);
  if (!mark) return null;
  const headers: [string, string][] = [];
  let status: { value: number; distance: number } | null = null;
  for (const m of head.matchAll(ATTRIBUTE)) {
    const value = valueAt(head, m.index + m[0].length);
    if (!value) continue;
    if (m[1]) {
      const name = m[1].toLowerCase().replace(/_/g, '-');
      if (!headers.some(([n]) => n === name)) headers.push([name, value]);
    } else if (/^[1-5]\d\d$/.test(value)) {
      const distance = Math.abs(m.index - mark.index);
      if (!status || distance < status.distance) status = { value: Number(value), distance };
    }
  }
  if (!headers.some(([n]) => n.startsWith('x-bkapi-'))) return null;
  return { status: status?.value ?? null, reason: null, headers, body: '' };
}
