'use client';
import type { Analysis } from '@/lib/classify-page/analyse';
import { hopOf } from '@/lib/classify-page/chain';
import type { ClassifyEntry } from '@/lib/classify-page/entries-json';
import type { Headline } from '@/lib/classify-page/headline';
import { classifyText } from '@/lib/i18n/classify';
import type { Lang } from '@/lib/i18n/lang';
import { debugFacts } from '@/lib/links/debug';
import { verdictText } from '@/lib/share/ticket';
import { Breakable } from '../breakable';
import { ChainPicture } from '../chain-picture';
import { FlowLogLink } from './fix-links';

const TONE = {
  gateway: 'border-amber-500',
  esb: 'border-purple-500',
  backend: 'border-sky-600',
  unknown: 'border-slate-400',
} as const;

/** The id of the section the headline's action jumps to. */
export const FIX_ID = 'classify-fix';

/**
 * The answer first: the headline in the paste's own values (the section's title), who acts and the first thing
 * to do, then the verdict sentence, a small chain picture and the facts the paste showed (no empty rows). The
 * element stating the verdict carries `data-source` (the contract's value) and `data-entry` (the slug or guide
 * anchor, or empty), so tests and other tools read the verdict without parsing words.
 */
export function ClassifyVerdict({
  lang,
  analysis,
  entry,
  head,
}: {
  lang: Lang;
  analysis: Analysis;
  entry: ClassifyEntry | undefined;
  head: Headline;
}) {
  const d = classifyText(lang);
  const c = d.classify;
  const { result, date } = analysis;
  const facts: [string, string | number | null][] = [
    [d.status, result.status],
    [d.code, result.code],
    ['code_name', result.code_name],
    ['X-Bkapi-Request-ID', result.request_id],
    [c.date, date],
    ...debugFacts(lang, result),
  ];
  const shown = facts.filter(([, v]) => v !== null && v !== '');
  return (
    <>
      <h2
        id="verdict-title"
        data-headline=""
        tabIndex={-1}
        className="scroll-mt-20 text-lg font-semibold break-words sm:text-xl"
      >
        {head.main}
        {head.facts && (
          <span className="text-base font-normal text-slate-700 dark:text-slate-300">
            <Breakable text={head.facts} />
          </span>
        )}
      </h2>
      <p className="mt-1 text-base" data-action="">
        {head.who && (
          <span className="font-semibold" data-actor={entry?.actor ?? ''}>
            {head.who} →{' '}
          </span>
        )}
        {head.steps ? (
          <a href={`#${FIX_ID}`} className="text-blue-700 underline dark:text-blue-300">
            {head.action}
          </a>
        ) : (
          head.action
        )}
      </p>
      <div className={`mt-3 rounded-lg border-l-4 bg-white p-3 dark:bg-slate-950 ${TONE[result.source]}`}>
        <ChainPicture
          lang={lang}
          hop={hopOf(result)}
          id="verdict-chain"
          className="mb-2 max-w-md"
          backend={result.debug?.backend}
        />
        <p
          id="classify-verdict"
          data-verdict=""
          data-source={result.source}
          data-entry={result.entry ?? ''}
          data-confidence={result.confidence}
          tabIndex={0}
          className="font-medium focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
        >
          {verdictText(lang, result)}
        </p>
        {result.confidence === 'low' && result.source !== 'unknown' && (
          <p className="mt-1 text-sm" data-low-hint="">
            {c.lowHint}
          </p>
        )}
        {shown.length > 0 && (
          <dl className="mt-2 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
            {shown.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
                <dd className="break-words font-mono" data-fact={label}>
                  <Breakable text={String(value)} />
                  {label === 'X-Bkapi-Request-ID' && <FlowLogLink lang={lang} requestId={result.request_id} />}
                </dd>
              </div>
            ))}
          </dl>
        )}
      </div>
    </>
  );
}
