/**
 * A response as telemetry records it: a trace span's or a log record's attributes (OpenTelemetry's
 * `http.response.header.<name>` and `http.response.status_code`, OpenTracing's `http.status_code`), in
 * whichever notation the tool prints them: OTLP JSON (`{"key": …, "value": {"stringValue": …}}`), Jaeger's
 * and Zipkin's tags (`{"key": …, "type": …, "value": …}`, `"name": "value"`), the Collector's debug exporter
 * (`-> name: Slice(["…"])`), console exporters and UIs (`name: [ '…' ]`, `name⇥["…"]`). Header names are
 * read with `_` for `-` (exporters that normalise them). One pass of one expression over the text.
 */
import { readClues } from './clues';
import type { ParsedResponse } from '../types';

/** What only telemetry and alert records have: trace and span ids, their attribute maps, an alert's or a bot's fields. */
const TELEMETRY =
  /\b(?:trace_?id|span_?id|trace\.id|span\.id|resourceSpans|resourceLogs|scopeSpans|otelcol|alertname|custom_details|msgtype|msg_type)\b|"(?:spans|tags|attributes|labels|annotations|meta|batches|segments|span|transaction)"\s*:|\bhttp[._]response[._]header[._]/i;
/**
 * An attribute that records the response: one of the gateway's headers under any prefix
 * (`http.response.header.`, Datadog's `http.response.headers.`, a label, a bot's text), the status under
 * the names tracers give it, or the body.
 */
const ATTRIBUTE =
  /(?<![A-Za-z0-9])(x[-_]bkapi[-_][a-z0-9]+(?:[-_][a-z0-9]+)*)(?=["'\s:=,)\]>：]|$)|(?<![\w.])((?:http[._](?:response[._])?)?status(?:[._]?code|Code))(?=["'\s:=,)\]>：]|$)|(?<![\w.])(http[._]response[._]body)(?=["'\s:=,)\]>：]|$)/gim;
/** A field that may hold a response's body: where one is there, the log readers read the record, not this one. */
const BODY_FIELD = /["'](?:(?:response|resp)[._-]?)?(?:body|content|payload|data)["']\s*:/i;

/** What may stand between an attribute's name and its value in the notations above. */
const PREFIX =
  /^["']?\s*(?:,\s*"v?[Tt]ype"\s*:\s*"?\w+"?\s*)?(?:,\s*"value"\s*:)?\s*(?:[:=：]|=>|->)?\s*(?:\{\s*"arrayValue"\s*:\s*\{\s*"values"\s*:\s*\[\s*)?(?:\{\s*"(?:string|int)Value"\s*:\s*)?(?:(?:Slice|Str|Int|Array)\()?/;

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
  } else {
    // Unquoted, it runs to the end of the string or line that holds it; a value without brackets of its own
    // (a code, an id) also ends at a comma or a closing bracket.
    while (
      end < rest.length &&
      !/[\r\n\t"]/.test(rest[end]!) &&
      !(rest[end] === '\\' && /[nrt"]/.test(rest[end + 1] ?? ''))
    )
      end++;
    if (!rest.slice(i, end).includes('[')) end = i + rest.slice(i, end).search(/[,\])}]|$/);
  }
  let value = rest.slice(i, end);
  for (let depth = quote ? quote.slashes + 1 : 0; depth > 0; depth--) value = value.replace(/\\(["'\\])/g, '$1');
  value = value.trim();
  return value === '' ? null : value.slice(0, 300);
}

/**
 * The response a span, log record or alert records, or null where the text is no such record or holds none
 * of the gateway's response headers (or the response's body) as attributes. The status is the one nearest
 * the gateway's headers: a trace can hold the caller's own span too.
 */
export function telemetryResponse(text: string): ParsedResponse | null {
  const head = text.length > 256 * 1024 ? text.slice(0, 256 * 1024) : text;
  if (!TELEMETRY.test(head)) return null;
  const headers: [string, string][] = [];
  const statuses: { value: number; at: number }[] = [];
  let body = '';
  let mark = -1;
  for (const m of head.matchAll(ATTRIBUTE)) {
    const value = valueAt(head, m.index + m[0].length);
    if (!value) continue;
    if (m[1]) {
      const name = m[1].toLowerCase().replace(/_/g, '-');
      if (!headers.some(([n]) => n === name)) headers.push([name, value]);
      if (mark < 0) mark = m.index;
    } else if (m[2] && /^[1-5]\d\d$/.test(value)) statuses.push({ value: Number(value), at: m.index });
    else if (m[3] && !body) {
      body = value;
      if (mark < 0) mark = m.index;
    }
  }
  // A record that shows only the request id says less than the body beside it: the other readers take it.
  if (mark < 0 || !(body || headers.some(([n]) => /^x-bkapi-error-(?:code|message)$/.test(n)))) {
    // A span with the status alone (`{"key": "http.status_code", "value": 502}`), and no body anywhere for the
    // other readers: the status, which names candidates and no source.
    // (A span printed as the body of a response shown whole is that response's body: the raw reader's.)
    const only =
      statuses.length && !headers.length && !BODY_FIELD.test(head) && !/^HTTP\/\d/m.test(head)
        ? statuses[0]!.value
        : null;
    return only === null ? null : { status: only, reason: null, headers: [], body: '', statusFrom: 'log-field' };
  }
  // An alert or a bot's text gives the status in words (`状态码：401`, `-> 403`) where no attribute holds it.
  const status =
    statuses.sort((a, b) => Math.abs(a.at - mark) - Math.abs(b.at - mark))[0]?.value ??
    readClues(head.replace(/\\n/g, '\n')).status?.status ??
    null;
  return { status, reason: null, headers, body };
}
