'use client';
import type { Result } from '@/lib/classify';
import { truncate } from '@/lib/classify';
import { signalLabel, stanceOf, weighsOf, type Location } from '@/lib/classify-page/evidence';
import { classifyText } from '@/lib/i18n/classify';
import type { Lang } from '@/lib/i18n/lang';

const STANCE_STYLE = {
  for: 'bg-green-100 text-green-900 dark:bg-green-900 dark:text-green-100',
  against: 'bg-red-100 text-red-900 dark:bg-red-900 dark:text-red-100',
  context: 'bg-slate-200 text-slate-800 dark:bg-slate-700 dark:text-slate-100',
} as const;
const MARK = { for: '✓', against: '✗', context: '·' } as const;
const RANK = { for: 0, against: 1, context: 2 } as const;

/** Long enough to recognise, short enough that a 10 MB body does not become a 10 MB list item. */
const clip = (s: string, max = 300) => truncate(s, max);

/**
 * Every signal the engine weighed, marked for or against the verdict in words (not colour alone), with
 * the text it found shown as text and, where it sits in the box, a button that selects it there.
 */
export function ClassifyEvidence({
  lang,
  result,
  locations,
  onShow,
}: {
  lang: Lang;
  result: Result;
  locations: (Location | null)[];
  onShow: ((loc: Location) => void) | null;
}) {
  const c = classifyText(lang).classify;
  // The decisive signals first (for or against the verdict), the context after; each keeps its place in the box.
  const order = result.evidence
    .map((e, i) => ({ e, i, stance: stanceOf(e.signal, result.source) }))
    .sort((a, b) => RANK[a.stance] - RANK[b.stance] || a.i - b.i);
  return (
    <ul className="mt-2 space-y-2" data-evidence-list>
      {order.map(({ e, i, stance }) => {
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
              {weighs !== 'neutral' && (
                <span className="text-slate-600 dark:text-slate-400">({c.pointsTo[weighs]})</span>
              )}
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
            {e.found && (
              <code className="mt-1 block whitespace-pre-wrap break-all rounded bg-slate-100 px-1.5 py-0.5 text-xs dark:bg-slate-900">
                {clip(e.found)}
              </code>
            )}
            {/* The engine explains in English (the contract's `detail`); the Chinese page says it with the label. */}
            {e.detail && lang === 'en' && (
              <p className="mt-1 text-xs text-slate-600 dark:text-slate-400">{clip(e.detail, 600)}</p>
            )}
          </li>
        );
      })}
    </ul>
  );
}
