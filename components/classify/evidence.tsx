'use client';
import type { Result } from '@/lib/classify';
import { truncate } from '@/lib/classify';
import type { ClassifyEntries } from '@/lib/classify-page/entries-json';
import {
  signalLabel,
  signalMeaning,
  stanceOf,
  weighsOf,
  type Location,
  type Stance,
} from '@/lib/classify-page/evidence';
import { classifyText } from '@/lib/i18n/classify';
import type { Lang } from '@/lib/i18n/lang';
import { FORM_LABELS } from '@/lib/i18n/signals';
import { Breakable } from '../breakable';

const STANCE_STYLE = {
  for: 'bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100',
  against: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100',
  context: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
} as const;
const MARK = { for: '✓', against: '✗', context: '·' } as const;
const RANK = { for: 0, against: 1, context: 2 } as const;

/** Long enough to recognise, short enough that a 10 MB body does not become a 10 MB list item. */
const clip = (s: string, max = 300) => truncate(s, max);
/** How many items show before "all evidence (N)": the decisive ones. */
const FIRST = 3;
/** A JSON string's `\uXXXX` escapes as the characters they stand for (a Chinese message reads as Chinese). */
const unescape = (s: string) =>
  s.replace(/\\u([0-9a-fA-F]{4})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));

/**
 * Every signal the engine weighed, marked for or against the verdict in words (not colour alone), with
 * the text it found shown as text and, where it sits in the box, a button that selects it there.
 */
export function ClassifyEvidence({
  lang,
  result,
  locations,
  onShow,
  entries,
}: {
  lang: Lang;
  result: Result;
  locations: (Location | null)[];
  onShow: ((loc: Location) => void) | null;
  /** The entries' titles, for the evidence that names an entry by its slug. */
  entries?: ClassifyEntries | null;
}) {
  const c = classifyText(lang).classify;
  // The decisive signals first (for or against the verdict), the context after; each keeps its place in the box.
  // The same signal finding the same text twice is one item, counted.
  const seen = new Map<string, { e: Result['evidence'][number]; i: number; stance: Stance; times: number }>();
  result.evidence.forEach((e, i) => {
    const key = `${e.signal}\u0000${e.found}`;
    const had = seen.get(key);
    if (had) had.times++;
    else seen.set(key, { e, i, stance: stanceOf(e.signal, result.source), times: 1 });
  });
  const order = [...seen.values()].sort((a, b) => RANK[a.stance] - RANK[b.stance] || a.i - b.i);
  const item = ({ e, i, stance, times }: (typeof order)[number]) => {
    const weighs = weighsOf(e.signal);
    const loc = locations[i] ?? null;
    return (
      <li
        key={`${e.signal}-${i}`}
        data-signal={e.signal}
        data-stance={stance}
        className="rounded border border-slate-200 p-2 text-sm dark:border-slate-700"
      >
        <div className="flex flex-wrap items-baseline gap-2">
          <span className={`shrink-0 rounded px-1.5 py-0.5 text-xs font-semibold ${STANCE_STYLE[stance]}`}>
            <span aria-hidden="true">{MARK[stance]} </span>
            {c.stance[stance]}
          </span>
          <span className="font-medium">{signalLabel(e.signal, lang)}</span>
          {times > 1 && <span className="text-slate-600 dark:text-slate-400">× {times}</span>}
          {weighs !== 'neutral' && <span className="text-slate-600 dark:text-slate-400">({c.pointsTo[weighs]})</span>}
          {loc && (
            <button
              type="button"
              disabled={!onShow}
              onClick={() => onShow?.(loc)}
              className="ml-auto rounded border border-slate-300 px-1.5 text-xs text-slate-700 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-blue-600 disabled:cursor-default disabled:hover:bg-transparent dark:border-slate-600 dark:text-slate-300 dark:hover:bg-slate-800"
            >
              {c.showLine(loc.line)}
              <span className="sr-only"> ({c.showLineLabel(loc.line)})</span>
            </button>
          )}
        </div>
        {e.signal === 'input-form' ? (
          <p className="mt-1">{FORM_LABELS[e.found]?.[lang] ?? e.found}</p>
        ) : e.signal === 'catalog-match' && entries?.entries[e.found] ? (
          <p className="mt-1">{entries.entries[e.found]!.title[lang]}</p>
        ) : e.signal === 'release-note' ? (
          // A release note is the catalog's English prose, its code in backticks: shown as prose with code on the
          // English page; the Chinese page gives its meaning below, and the entry's page has the note in Chinese.
          lang === 'en' && <p className="mt-1">{withCode(clip(e.found, 600))}</p>
        ) : e.signal === 'status-candidates' && entries ? (
          <p className="mt-1">
            {e.found
              .split(/[\s,]+/)
              .map((s) => entries.entries[s]?.title[lang] ?? s)
              .join(lang === 'zh' ? '、' : ', ')}
          </p>
        ) : (
          e.found && (
            <code className="mt-1 block rounded bg-slate-100 px-1.5 py-0.5 text-xs whitespace-pre-wrap break-words dark:bg-slate-900">
              <Breakable text={clip(unescape(e.found))} />
            </code>
          )
        )}
        {/* What the signal means, in the page's language; the engine's own English detail on the English page. */}
        <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">
          {lang === 'en' && e.detail && e.signal !== 'release-note'
            ? clip(e.detail, 600)
            : signalMeaning(e.signal, lang)}
        </p>
      </li>
    );
  };
  const first = order.slice(0, FIRST);
  const rest = order.slice(FIRST);
  return (
    <>
      <ul className="mt-2 space-y-2" data-evidence-list>
        {first.map(item)}
      </ul>
      {rest.length > 0 && (
        <details className="mt-2" data-evidence-more="">
          <summary className="cursor-pointer text-sm font-medium text-blue-700 dark:text-blue-300">
            {c.allEvidence(order.length)}
          </summary>
          <ul className="mt-2 space-y-2" data-evidence-list>
            {rest.map(item)}
          </ul>
        </details>
      )}
    </>
  );
}

/** Prose with its `code` spans as code. */
function withCode(text: string) {
  return text.split(/`([^`]+)`/).map((part, i) =>
    i % 2 ? (
      <code key={i} className="rounded bg-slate-100 px-1 text-xs dark:bg-slate-900">
        {part}
      </code>
    ) : (
      part
    ),
  );
}
