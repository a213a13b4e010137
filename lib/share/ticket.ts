/**
 * "Copy for ticket": a short Markdown summary a person pastes into a support ticket or a chat. Everything
 * taken from the paste goes into code spans or a code block, so a paste cannot turn into Markdown (a
 * link, an image, a heading) wherever the ticket is rendered. The response must arrive masked.
 */
import { truncate, type Result, type Triage } from '../classify';
import { classifyText } from '../i18n/classify';
import type { Lang } from '../i18n/lang';

export type TicketInput = {
  lang: Lang;
  result: Result;
  /** The title of the entry (or guide case) that explains it, in `lang`. */
  title: string | null;
  /** The absolute address of that entry or guide case. */
  link: string | null;
  /** The response's Date header. */
  date: string | null;
  /** The response, secrets already masked. */
  response: string;
  /** Who should act, in `lang`, where the entry says. */
  actor?: string | null;
  /** The request line, masked (Handoff.request). */
  request?: string | null;
  /** Identifiers in the paste the fixes ask for (bk_app_code, bk_username): not secrets. */
  ids?: [name: string, value: string][];
  /** The debug header's facts (lib/links/debug.ts), labelled. */
  facts?: [label: string, value: string][];
  /** The links the page shows into the reader's BlueKing (lib/links/fixes.ts `fixLinks`), each built from a shaped identifier. */
  links?: [label: string, url: string][];
};

/** An inline code span that holds `text` whatever backticks it has, on one line, clipped. */
export function codeSpan(text: string, max = 200): string {
  const one = text.replace(/[\r\n]+/g, ' ').trim();
  const clipped = truncate(one, max);
  const longest = Math.max(0, ...(clipped.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = clipped.startsWith('`') || clipped.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${clipped}${pad}${fence}`;
}

/** A fenced block longer than any run of backticks in `text`, so the text cannot close it. */
export function codeBlock(text: string, info = ''): string {
  const longest = Math.max(0, ...(text.match(/`{3,}/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(Math.max(3, longest + 1));
  return `${fence}${info}\n${text}\n${fence}`;
}

/** The verdict in words: who produced the response. */
export function verdictText(
  lang: Lang,
  result: Pick<Result, 'source' | 'layer'> & { confidence?: Result['confidence'] },
): string {
  const c = classifyText(lang).classify;
  // A verdict on a fragment is said as "probably" (contract: confidence).
  const v = result.confidence === 'low' && result.source !== 'unknown' ? c.probably : c.verdict;
  if (result.source === 'backend') return result.layer ? v[result.layer] : v.backend;
  return result.source === 'unknown' ? c.verdict.unknown : v[result.source];
}

export function ticketMarkdown({
  lang,
  result,
  title,
  link,
  date,
  response,
  actor,
  request,
  ids = [],
  facts = [],
  links = [],
}: TicketInput): string {
  const d = classifyText(lang).classify.ticket;
  const value = (v: string | number) => codeSpan(String(v));
  // Only what the paste showed: a fact it lacks is no row (an empty row reads as a fact).
  type Row = readonly [string, string | number | null | undefined];
  const rows: Row[] = [
    [d.status, result.status],
    [d.code, result.code],
    ['code_name', result.code_name],
    ['X-Bkapi-Request-ID', result.request_id],
    [d.date, date],
    [d.request, request],
    [d.host, result.request?.host],
    // The debug header's facts name the gateway, stage and resource themselves, with more beside them.
    ...(facts.length
      ? []
      : ([
          [d.gateway, result.gateway?.name],
          [d.stage, result.gateway?.stage],
          [d.resource, result.gateway?.resource],
        ] satisfies Row[])),
    ...ids,
    ...facts,
  ];
  const lines = [`**${d.verdict}**: ${verdictText(lang, result)}`, ''];
  for (const [name, v] of rows) if (v !== null && v !== undefined && v !== '') lines.push(`- **${name}**: ${value(v)}`);
  if (actor) lines.push(`- **${d.actor}**: ${actor}`);
  if (link) lines.push(`- **${d.entry}**: ${title ? `${title.replace(/[[\]<>*_`\\]/g, '')} ` : ''}<${link}>`);
  for (const [label, url] of links) lines.push(`- **${label.replace(/[[\]<>*_`\\]/g, '')}**: <${url}>`);
  if (response.trim()) lines.push('', `**${d.response}**:`, '', codeBlock(response, 'http'));
  return `${lines.join('\n')}\n`;
}

/** A table cell of text from a paste: in a code span, with the table's pipes escaped. */
function cell(v: string | number | null, none: string): string {
  return v === null || v === '' ? none : codeSpan(String(v), 120).replace(/\|/g, '\\|');
}

/**
 * "Copy for ticket" of a whole capture: its failures as a table of groups, most frequent first, each with
 * its entry's address. The triage must come from `groupFailures`, whose example requests are masked.
 */
export function triageTicket(
  lang: Lang,
  triage: Triage,
  explain: (entry: string | null) => { title: string | null; link: string | null },
  /** A request id's flow-log address where the dashboard is set (lib/links/address.ts). */
  flowLog: (requestId: string | null) => string | null = () => null,
): string {
  const d = classifyText(lang).classify;
  const none = d.ticket.none;
  const head = d.triage.columns;
  const rows = triage.groups.map((g) => {
    const { title, link } = explain(g.entry);
    const name = title ? title.replace(/[[\]<>*_`\\|]/g, '') : (g.entry ?? none);
    return [
      verdictText(lang, g),
      link ? `${name} <${link}>` : name,
      cell(g.status, none),
      cell(g.code, none),
      String(g.count),
      cell(g.first, none),
      cell(g.last, none),
      cell(g.requestId, none) + (flowLog(g.requestId) ? ` <${flowLog(g.requestId)}>` : ''),
      cell(g.request, none),
    ];
  });
  const table = [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  return `**${d.triage.summary(triage.failures, triage.entries)}**\n\n${table}\n`;
}
