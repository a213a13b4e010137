/**
 * The capture views' findings in words, in either language: the rate-limit and timing sentences, and the two
 * tickets (the group table; before and after). What a ticket quotes from the capture goes into code spans; it
 * never holds the export's `params`, `body` or `headers` (the example request is method and path, masked).
 */
import type { Comparison } from './compare';
import type { CaptureGroup, Grouped, Split } from './group';
import type { RateLimitReport } from './rate-limit';
import type { TimingFinding } from './timing';
import { captureText } from '../i18n/capture';
import type { Lang } from '../i18n/lang';
import { maskSecrets } from '../share/mask';
import { codeSpan, verdictText } from '../share/ticket';

export function rateLimitSentences(lang: Lang, r: RateLimitReport): string[] {
  const d = captureText(lang).rate;
  const out: string[] = [];
  for (const f of r.fired) {
    if (f.strategy && f.plugin) out.push(d.fired(d.strategy[f.strategy], f.plugin, f.rejected, d.scope[f.strategy]));
    else out.push(d.firedUnknown(f.rejected, f.scope));
    if (f.limit !== null) out.push(d.limit(f.limit));
    if (f.reset !== null && f.resetClock) out.push(d.reset(f.reset, f.resetClock));
    if (f.serverClock) out.push(d.server(f.serverClock));
  }
  out.push(r.early === null ? d.noReset : d.early(r.early, r.earlyRejected ?? 0));
  const longest = r.runs[0];
  if (longest)
    out.push(d.runs(r.runs.length, longest.length, longest.scope, longest.first ?? '?', longest.last ?? '?'));
  if (r.skew !== null) out.push(d.skew(Math.round(r.skew / 1000)));
  return out;
}

export function timingSentences(lang: Lang, f: TimingFinding): string[] {
  const d = captureText(lang).timing;
  const t = (ms: number | null) => (ms === null ? '?' : d.secs(ms));
  const status = f.status === null ? d.noStatus : String(f.status);
  const out = [d.who[f.who](status, f.count, t(f.medianMs), f.count > 1 ? d.median(t(f.medianMs), t(f.maxMs)) : '')];
  if (f.phase) out.push(d.phase[f.phase]);
  if (f.totalMs !== null && f.backendMs !== null) out.push(d.split(t(f.totalMs), t(f.backendMs)));
  if (f.waitMs !== null) out.push(d.har(t(f.waitMs), t(f.receiveMs), t(f.connectMs), t(f.sslMs)));
  if (f.timeout) out.push(d.timeout[f.timeout]);
  return out;
}

/** A moment as "YYYY-MM-DD HH:MM:SS +08:00" on the clock `offset` minutes from UTC. */
export function localTime(ms: number | null, offset: number): string {
  if (ms === null) return '';
  const d = new Date(ms + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const o = Math.abs(offset);
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.toISOString().slice(0, 19).replace('T', ' ')} ${sign}${p(Math.floor(o / 60))}:${p(o % 60)}`;
}

/** The time a group shows: as the HAR recorded it, else the export's epoch on the reader's clock. */
export function groupTime(text: string | null, ms: number | null, offset: number, kind: 'export' | 'har'): string {
  return kind === 'har' && text ? text : localTime(ms, offset);
}

export function splitText(split: Split, max = 3, more: (n: number) => string = (n) => `+${n}`): string {
  const shown = split.slice(0, max).map(([name, n]) => `${name} ${n}`);
  return split.length > max ? `${shown.join(', ')} ${more(split.length - max)}` : shown.join(', ');
}

/** The example request of a group as the page and a ticket show it: method and path, masked. */
export function maskedRequest(g: Pick<CaptureGroup, 'request'>): string {
  return maskSecrets(g.request).text;
}

const cell = (v: string | number | null, none: string) =>
  v === null || v === '' ? none : codeSpan(String(v), 160).replace(/\|/g, '\\|');

export function groupsTicket(
  lang: Lang,
  grouped: Grouped,
  kind: 'export' | 'har',
  offset: number,
  explain: (g: CaptureGroup) => { title: string | null; link: string | null },
): string {
  const d = captureText(lang);
  const none = lang === 'zh' ? '（无）' : '(none)';
  const head = d.export.columns;
  const rows = grouped.groups.map((g) => {
    const { title, link } = explain(g);
    const name = title ? title.replace(/[[\]<>*_`\\|]/g, '') : (g.entry ?? g.key);
    return [
      verdictText(lang, g),
      link ? `${name} <${link}>` : name,
      cell(g.status, none),
      String(g.count),
      cell(groupTime(g.firstText, g.first, offset, kind), none),
      cell(groupTime(g.lastText, g.last, offset, kind), none),
      cell(maskSecrets(splitText(g.byResource)).text, none),
      cell(splitText(g.byApp), none),
      cell(splitText(g.byBackend), none),
      cell(g.requestId, none),
    ];
  });
  const table = [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  return `**${d.export.summary(grouped.failures, grouped.rows)}**\n\n${table}\n`;
}

export function compareTicket(lang: Lang, c: Comparison): string {
  const d = captureText(lang).compare;
  const list = (xs: [string, number][]) => (xs.length ? xs.map(([k, n]) => `${k} ×${n}`).join(', ') : d.none);
  const head = d.columns;
  const rows = c.resources.map((r) => [
    cell(maskSecrets(r.resource).text, d.none),
    d.change[r.change],
    r.before.length ? cell(list(r.before), d.none) : d.none,
    r.after.length ? cell(list(r.after), d.none) : d.none,
  ]);
  const table = [head, head.map(() => '---'), ...rows].map((r) => `| ${r.join(' | ')} |`).join('\n');
  return `**${captureText(lang).ticket.compare}**\n\n${d.summary(c.before.failures, c.before.rows, c.after.failures, c.after.rows)}\n\n${table}\n`;
}
