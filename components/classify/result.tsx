'use client';
import type { Analysis, Handoff } from '@/lib/classify-page/analyse';
import type { ClassifyEntries } from '@/lib/classify-page/entries-json';
import type { Location } from '@/lib/classify-page/evidence';
import type { Headline } from '@/lib/classify-page/headline';
import { bareRequestId } from '@/lib/classify-page/request-id';
import { classifyText } from '@/lib/i18n/classify';
import type { Lang } from '@/lib/i18n/lang';
import { ClassifyEntryPanel } from './entry';
import { ClassifyEvidence } from './evidence';
import { ClassifyFixes } from './fix-links';
import { ClassifyHandoff } from './handoff';
import { ClassifyHops } from './hops';
import { ClassifyBackendStep, ClassifyCandidates } from './next-step';
import { RequestIdAnswer } from './request-id-answer';
import { ClassifyVerdict, FIX_ID } from './verdict';
import { VerdictFeedback } from './verdict-feedback';

type Props = {
  lang: Lang;
  analysis: Analysis | null;
  head: Headline | null;
  handoff: Handoff | null;
  entries: ClassifyEntries | null;
  busy: boolean;
  onShow: ((loc: Location) => void) | null;
  /** The paste as typed: a short one that is not a response is offered to the search. */
  paste?: string;
};

const H2 = 'text-xl font-semibold';

/**
 * The answer, in the order a reader needs it: the headline (what happened, who acts, the first action), what to
 * do, the evidence (the decisive items first), then the ticket and the share link; the errors inside the error
 * follow the headline, since where it failed first decides who to ask.
 */
export function ClassifyResult({ lang, analysis, head, handoff, entries, busy, onShow, paste = '' }: Props) {
  const c = classifyText(lang).classify;
  if (!analysis || !head) {
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
      <section aria-labelledby="verdict-title" aria-busy={busy} className="mt-4 scroll-mt-20" data-answer="">
        <ClassifyVerdict lang={lang} analysis={analysis} entry={entry} head={head} />
        {/* Errors inside the error right under the answer: where it failed first decides who to ask. */}
        <ClassifyHops lang={lang} result={result} entries={entries} />
        <ClassifyFixes lang={lang} analysis={analysis} entries={entries} paste={paste} />
      </section>
      {entries && (entry || result.source === 'backend' || result.source === 'unknown') && (
        <section id={FIX_ID} aria-labelledby="explain-title" className="mt-6 scroll-mt-20">
          <h2 id="explain-title" className={H2}>
            {entry ? c.entryTitle : c.nextStep}
          </h2>
          <div className="mt-2 space-y-6">
            {entry && <ClassifyEntryPanel lang={lang} result={result} entry={entry} />}
            {result.source === 'backend' && <ClassifyBackendStep lang={lang} analysis={analysis} entries={entries} />}
            {result.source === 'unknown' && !entry && (
              <ClassifyCandidates
                lang={lang}
                result={result}
                entries={entries}
                paste={paste}
                noResponse={analysis.noResponse}
              />
            )}
          </div>
        </section>
      )}
      <section aria-labelledby="evidence-title" className="mt-6">
        <h2 id="evidence-title" className={H2}>
          {c.evidenceTitle}
        </h2>
        <ClassifyEvidence
          lang={lang}
          result={result}
          locations={analysis.locations}
          onShow={onShow}
          entries={entries}
        />
      </section>
      <section aria-labelledby="handoff-title" className="mt-6">
        <h2 id="handoff-title" className={H2}>
          {c.handoffTitle}
        </h2>
        <div className="mt-2">
          <ClassifyHandoff lang={lang} analysis={analysis} handoff={handoff} entries={entries} />
        </div>
        <VerdictFeedback lang={lang} analysis={analysis} />
      </section>
    </>
  );
}
