'use client';
import type { ReactNode } from 'react';
import type { Analysis } from '@/lib/classify-page/analyse';
import { hopOf } from '@/lib/classify-page/chain';
import type { Location } from '@/lib/classify-page/evidence';
import { classifyText } from '@/lib/i18n/classify';
import type { Lang } from '@/lib/i18n/lang';
import { debugFacts } from '@/lib/links/debug';
import { verdictText } from '@/lib/share/ticket';
import { ChainPicture } from '../chain-picture';
import { ClassifyEvidence } from './evidence';
import { FlowLogLink } from './fix-links';

const TONE = {
  gateway: 'border-amber-500 bg-amber-50 dark:bg-amber-950',
  esb: 'border-purple-500 bg-purple-50 dark:bg-purple-950',
  backend: 'border-sky-600 bg-sky-50 dark:bg-sky-950',
  unknown: 'border-slate-400 bg-slate-50 dark:bg-slate-900',
} as const;

/**
 * The verdict in words, the facts a ticket needs, and the evidence. The element stating the verdict
 * carries `data-source` (the contract's value) and `data-entry` (the slug or guide anchor, or empty), so
 * tests and other tools read the verdict without parsing words.
 */
export function ClassifyVerdict({
  lang,
  analysis,
  onShow,
  children,
}: {
  lang: Lang;
  analysis: Analysis;
  onShow: ((loc: Location) => void) | null;
  /** What goes between the verdict and its evidence: the hand-over. */
  children?: ReactNode;
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
  return (
    <>
      <div className={`rounded-lg border-l-4 p-4 ${TONE[result.source]}`}>
        <ChainPicture
          lang={lang}
          hop={hopOf(result)}
          id="verdict-chain"
          className="mb-3"
          backend={result.debug?.backend}
        />
        <p
          id="classify-verdict"
          data-verdict=""
          data-source={result.source}
          data-entry={result.entry ?? ''}
          data-confidence={result.confidence}
          tabIndex={0}
          className="text-lg font-semibold focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
        >
          {verdictText(lang, result)}
        </p>
        {result.confidence === 'low' && result.source !== 'unknown' && (
          <p className="mt-1 text-sm" data-low-hint="">
            {c.lowHint}
          </p>
        )}
        <dl className="mt-3 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
              <dd className="break-all font-mono" data-fact={label}>
                {value === null || value === '' ? (
                  <span className="font-sans text-slate-600 dark:text-slate-400">{c.none}</span>
                ) : (
                  String(value)
                )}
                {label === 'X-Bkapi-Request-ID' && <FlowLogLink lang={lang} requestId={result.request_id} />}
              </dd>
            </div>
          ))}
        </dl>
      </div>
      {children}
      <h3 className="mt-6 text-lg font-semibold">{c.evidenceTitle}</h3>
      <ClassifyEvidence lang={lang} result={result} locations={analysis.locations} onShow={onShow} />
    </>
  );
}
