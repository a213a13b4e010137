'use client';
import type { Analysis, Handoff } from '@/lib/classify-page/analyse';
import type { ClassifyEntries } from '@/lib/classify-page/entries-json';
import type { Location } from '@/lib/classify-page/evidence';
import { bareRequestId } from '@/lib/classify-page/request-id';
import { classifyText } from '@/lib/i18n/classify';
import type { Lang } from '@/lib/i18n/lang';
import { ClassifyEntryPanel } from './entry';
import { ClassifyFixes } from './fix-links';
import { ClassifyHandoff } from './handoff';
import { ClassifyHops } from './hops';
import { ClassifyBackendStep, ClassifyCandidates } from './next-step';
import { RequestIdAnswer } from './request-id-answer';
import { ClassifyVerdict } from './verdict';
import { VerdictFeedback } from './verdict-feedback';

type Props = {
  lang: Lang;
  analysis: Analysis | null;
  handoff: Handoff | null;
  entries: ClassifyEntries | null;
  busy: boolean;
  onShow: ((loc: Location) => void) | null;
  /** The paste as typed: a short one that is not a response is offered to the search. */
  paste?: string;
};

const H2 = 'text-xl font-semibold';

/** The verdict with its evidence, what it means and what to do, and the hand-over; or a hint before any paste. */
export function ClassifyResult({ lang, analysis, handoff, entries, busy, onShow, paste = '' }: Props) {
  const c = classifyText(lang).classify;
  if (!analysis) {
    return (
      <section aria-labelledby="verdict-title" className="mt-6">
        <h2 id="verdict-title" className={H2}>
          {c.verdictTitle}
        </h2>
        <p className="mt-2 text-slate-600 dark:text-slate-400">{c.empty}</p>
      </section>
    );
  }
  // A bare request id is answered as one (issue 29), not as an unknown response.
  const requestId = bareRequestId(paste);
  if (requestId) return <RequestIdAnswer lang={lang} requestId={requestId} />;
  const { result } = analysis;
  const entry = result.entry && entries ? entries.entries[result.entry] : undefined;
  return (
    <>
      <section aria-labelledby="verdict-title" aria-busy={busy} className="mt-6">
        <h2 id="verdict-title" className={H2}>
          {c.verdictTitle}
        </h2>
        <div className="mt-2">
          {/* On a phone the hand-over sits right under the verdict, not below the whole explanation. */}
          <ClassifyVerdict lang={lang} analysis={analysis} onShow={onShow}>
            <ClassifyHops lang={lang} result={result} entries={entries} />
            <ClassifyFixes lang={lang} analysis={analysis} entries={entries} paste={paste} />
            <section aria-labelledby="handoff-title" className="mt-4">
              <h3 id="handoff-title" className="text-lg font-semibold">
                {c.handoffTitle}
              </h3>
              <div className="mt-2">
                <ClassifyHandoff lang={lang} analysis={analysis} handoff={handoff} entries={entries} />
              </div>
            </section>
            <VerdictFeedback lang={lang} analysis={analysis} />
          </ClassifyVerdict>
        </div>
      </section>
      {entries && (entry || result.source === 'backend' || result.source === 'unknown') && (
        <section aria-labelledby="explain-title" className="mt-8">
          <h2 id="explain-title" className={H2}>
            {entry ? c.entryTitle : c.nextStep}
          </h2>
          <div className="mt-2 space-y-6">
            {entry && <ClassifyEntryPanel lang={lang} result={result} entry={entry} />}
            {result.source === 'backend' && <ClassifyBackendStep lang={lang} analysis={analysis} entries={entries} />}
            {result.source === 'unknown' && !entry && (
              <ClassifyCandidates lang={lang} result={result} entries={entries} paste={paste} />
            )}
          </div>
        </section>
      )}
    </>
  );
}
