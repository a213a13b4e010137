/**
 * What the command line and the MCP server do, with no input or output of their own: find the entry a code,
 * code_name, status, slug or message names (the resolver's matching, as the site's /r/ does, then the site's
 * search), print it as Markdown, and classify a paste (the classifier, through its face). Pure.
 */
import type { CliData, CliEntry } from './catalog-data';
import { classify, readQuery, resolve, type Result } from '../../../lib/classify/index';
import type { Lang } from '../../../lib/i18n/lang';
import { createSearcher, type Searcher } from '../../../lib/search/rank';
import { maskSecrets } from '../../../lib/share/mask';

export type Found =
  | { kind: 'entry'; entry: CliEntry; reason: string | null }
  | { kind: 'list'; entries: CliEntry[] }
  | { kind: 'none'; query: string };

/** Who may answer an error, for `--fail-on`. */
export const SOURCES = ['gateway', 'esb', 'backend', 'unknown'] as const;
export type FailOn = (typeof SOURCES)[number];

/** A paste rather than a key: a body, a log line, raw HTTP. */
const PASTE = /[{\n]/;

export function createEngine(data: CliData) {
  const bySlug = new Map(data.entries.flatMap((e) => [[e.slug, e] as const, ...e.aliases.map((a) => [a, e] as const)]));
  const searchers = new Map<Lang, Searcher>();
  const searcher = (lang: Lang) => {
    let s = searchers.get(lang);
    if (!s) searchers.set(lang, (s = createSearcher(data.index[lang])));
    return s;
  };
  const of = (slugs: string[]) => [...new Set(slugs)].map((s) => bySlug.get(s)).filter((e) => e !== undefined);

  /** The entry (or entries) a key names: a slug, a code, a status, a code_name, a message or a pasted response. */
  function find(key: string, lang: Lang = 'en'): Found {
    const q = key.trim();
    if (!q) return { kind: 'none', query: q };
    const named = bySlug.get(q.toLowerCase());
    if (named) return { kind: 'entry', entry: named, reason: null };
    if (PASTE.test(q)) {
      const r = classifyPaste(q).result;
      if (r.entry && bySlug.has(r.entry)) return { kind: 'entry', entry: bySlug.get(r.entry)!, reason: r.reason };
      if (r.candidates.length) return { kind: 'list', entries: of(r.candidates) };
    } else {
      const params = new URLSearchParams();
      if (/^\d{3}$/.test(q)) params.set('status', q);
      else if (/^\d{4,10}$/.test(q)) params.set('code', q);
      else if (/^[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+$/.test(q)) params.set('code_name', q);
      else params.set('message', q);
      const r = resolve(readQuery(params.toString()), data.rules);
      if (r.kind === 'entry') return { kind: 'entry', entry: bySlug.get(r.entry)!, reason: r.reason };
      if (r.kind === 'list') return { kind: 'list', entries: of(r.entries) };
    }
    const s = searcher(lang);
    const hits = s.search(q, 5);
    const found = of((hits.length ? hits : s.nearest(q, 5)).map((h) => h.slug));
    if (found.length === 1) return { kind: 'entry', entry: found[0]!, reason: null };
    return found.length ? { kind: 'list', entries: found } : { kind: 'none', query: q };
  }

  /** The classifier's verdict on a paste, on the paste with its secrets masked first: nothing returned can hold one. */
  function classifyPaste(paste: string | Uint8Array): { result: Result; masked: number; withheld: number } {
    const text = typeof paste === 'string' ? paste : new TextDecoder().decode(paste);
    const masked = maskSecrets(text);
    return {
      result: classify(masked.text, data.rules),
      masked: masked.masked.length,
      withheld: masked.withheld.length,
    };
  }

  return { find, classifyPaste, entries: data.entries };
}

export type Engine = ReturnType<typeof createEngine>;

/** An entry's facts for a tool: what a JSON answer carries. */
export function entryFacts(entry: CliEntry, lang: Lang, reason: string | null = null) {
  return {
    slug: entry.slug,
    status: entry.status,
    code: entry.code,
    code_name: entry.code_name,
    message: entry.message,
    system: entry.system,
    actor: entry.actor,
    title: entry.title[lang],
    summary: entry.summary[lang],
    path: `${entry.path[lang]}${reason ? `#${reason}` : ''}`,
    reason,
  };
}

/** A list of entries as Markdown lines, each with how to open it. */
export function listMarkdown(entries: CliEntry[], lang: Lang): string {
  const head = lang === 'zh' ? `有 ${entries.length} 个条目符合：` : `${entries.length} entries fit:`;
  const lines = entries.map((e) => {
    const key = [e.status, e.code, e.code_name].filter((v) => v !== null).join(' ');
    return `- ${key} ${e.title[lang]} (\`apigw-errors explain ${e.slug}\`)`;
  });
  return `${head}\n\n${lines.join('\n')}\n`;
}

/** Whether a verdict should fail a script: its source is one of those named. */
export function failsOn(result: Result, failOn: readonly FailOn[]): boolean {
  return failOn.includes(result.source);
}

const WHO: Record<Lang, Record<Result['source'], string>> = {
  zh: { gateway: 'API 网关本身', esb: '旧版 ESB', backend: '后端服务', unknown: '无法判断' },
  en: {
    gateway: 'the API gateway itself',
    esb: 'the legacy ESB',
    backend: 'the backend service',
    unknown: 'cannot tell',
  },
};

/** A verdict for a person at a terminal: who answered, the entry that explains it, what to paste to be sure. */
export function verdictText(r: Result, engine: Engine, lang: Lang, masked = 0): string {
  const zh = lang === 'zh';
  const layer =
    r.layer === 'access-layer'
      ? zh
        ? '（接入层）'
        : ' (its access layer)'
      : r.layer === 'service'
        ? zh
          ? '（服务本身）'
          : ' (the service)'
        : '';
  const probably = r.confidence === 'low' && r.source !== 'unknown' ? (zh ? '可能是' : 'Probably ') : '';
  const lines = [`${probably}${WHO[lang][r.source]}${r.source === 'backend' ? layer : ''}`];
  const facts = [r.status && `HTTP ${r.status}`, r.code && `code ${r.code}`, r.code_name].filter(Boolean).join(', ');
  if (facts) lines.push(`  ${facts}`);
  const entry = r.entry ? engine.entries.find((e) => e.slug === r.entry) : undefined;
  if (entry) lines.push(`  ${entry.title[lang]}: ${entry.path[lang]}${r.reason ? `#${r.reason}` : ''}`);
  else if (r.entry) lines.push(`  ${zh ? '参见' : 'see'}: ${r.entry}`);
  if (r.candidates.length) lines.push(`  ${zh ? '可能是' : 'could be'}: ${r.candidates.join(', ')}`);
  if (r.request_id) lines.push(`  request id: ${r.request_id}`);
  if (r.missing.length) lines.push(`  ${zh ? '要确定，请再贴上' : 'to be sure, paste also'}: ${r.missing.join(', ')}`);
  if (masked) lines.push(`  ${zh ? `已遮盖 ${masked} 处密钥` : `${masked} secret(s) masked before reading`}`);
  return `${lines.join('\n')}\n`;
}
