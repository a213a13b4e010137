'use client';
import { SiteLink } from '@/components/ui';
import type { Result, NoResponseKind } from '@/lib/classify';
import type { Analysis } from '@/lib/classify-page/analyse';
import { backendActor, hopOf, pathOf, productOf, statusKind } from '@/lib/classify-page/chain';
import type { ClassifyEntries } from '@/lib/classify-page/entries-json';
import { noResponseStep } from '@/lib/classify-page/no-response';
import { classifyText } from '@/lib/i18n/classify';
import type { Lang } from '@/lib/i18n/lang';
import * as routes from '@/lib/routes';
import { Breakable } from '../breakable';
import { FlowLogLink } from './fix-links';
import { ClassifyMarkdown } from './markdown';

const link = 'text-blue-700 underline dark:text-blue-300';

/**
 * For a backend response, the next step from the paste itself: which hop answered and with what status,
 * the request as the paste shows it (method, path, host, time, request id), who acts and what to check
 * first for that status (4xx: the request against the API's documentation; 5xx: the backend's logs, through
 * the gateway's owner), then the guide case the engine named, its examples kept but folded.
 */
export function ClassifyBackendStep({
  lang,
  analysis,
  entries,
}: {
  lang: Lang;
  analysis: Analysis;
  entries: ClassifyEntries;
}) {
  const d = classifyText(lang);
  const c = d.classify;
  const { result, date } = analysis;
  const kind = statusKind(result.status);
  const hop = hopOf(result);
  const step = { '5xx': c.next5xx, '4xx': c.next4xx, '3xx': c.next3xx, other: c.nextOther }[kind];
  const anchor = result.entry && entries.guide[result.entry] ? result.entry : null;
  const { method, url, host } = result.request ?? { method: null, url: null, host: null };
  const line = [method, pathOf(url)].filter(Boolean).join(' ');
  const facts: [string, string | null][] = [
    [c.requestLine, line || null],
    [c.ticket.host, host],
    [c.date, date],
    ['X-Bkapi-Request-ID', result.request_id],
  ];
  const shown = facts.filter((f): f is [string, string] => !!f[1]);
  return (
    <div data-next-step={kind}>
      <p className="text-lg font-semibold" data-actor={backendActor(kind)}>
        {d.actor[backendActor(kind)]}
      </p>
      <p className="mt-2">
        {c.answeredBy(
          d.chain.names[hop === 'access-layer' || hop === 'service' ? hop : 'backend'],
          result.status,
          productOf(result),
        )}{' '}
        {step}
      </p>
      {shown.length > 0 && (
        <>
          <h3 className="mt-4 font-semibold">{c.fromPaste}</h3>
          <dl className="mt-1 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 text-sm" data-paste-facts>
            {shown.map(([label, value]) => (
              <div key={label} className="contents">
                <dt className="text-slate-600 dark:text-slate-400">{label}</dt>
                <dd className="break-words font-mono">
                  <Breakable text={value} />
                  {label === 'X-Bkapi-Request-ID' && <FlowLogLink lang={lang} requestId={value} />}
                </dd>
              </div>
            ))}
          </dl>
        </>
      )}
      {anchor && (
        <>
          <h3 className="mt-4 text-lg font-semibold">
            {c.guideCase}:{' '}
            <SiteLink href={routes.guide(lang, anchor)} className={link}>
              {entries.guide[anchor]!.title[lang]}
            </SiteLink>
          </h3>
          <div className="mt-1">
            <ClassifyMarkdown lang={lang} text={entries.guide[anchor]!.body[lang]} level={4} examples={c.examples} />
          </div>
        </>
      )}
      <p className="mt-3">
        <SiteLink href={routes.guide(lang, 'steps')} className={link}>
          {c.guideSteps} →
        </SiteLink>
      </p>
    </div>
  );
}

/** A paste this short, on one line, is more likely words to look up than a response. */
const SEARCHABLE = 120;

/**
 * For `unknown`: where no response came, what to check instead of asking for one; where the paste is not a
 * response at all, that, and a search for a short text; else the entries it could be and what to paste.
 */
export function ClassifyCandidates({
  lang,
  result,
  entries,
  paste = '',
  noResponse = null,
}: {
  lang: Lang;
  result: Result;
  entries: ClassifyEntries;
  paste?: string;
  /** Which way no response came (the analysis's `noResponse`). */
  noResponse?: NoResponseKind | null;
}) {
  const c = classifyText(lang).classify;
  const signals = new Set(result.evidence.map((e) => e.signal));
  if (signals.has('no-response-came')) {
    // The evidence quotes the client's words clipped; the paste's own line shows them whole.
    const quoted = result.evidence.find((e) => e.signal === 'no-response-came')!.found;
    const head = quoted.slice(0, 24);
    const found = (paste.split('\n').find((l) => l.includes(head)) ?? quoted).trim().slice(0, 400);
    const step = noResponseStep(lang, result, noResponse);
    return (
      <div data-no-response="">
        <h3 className="text-lg font-semibold">{c.noResponseTitle}</h3>
        <p className="mt-1">{c.noResponseSaid}</p>
        <pre className="mt-1 whitespace-pre-wrap break-all rounded bg-slate-100 p-2 text-xs dark:bg-slate-900">
          {found}
        </pre>
        <ul className="mt-2 list-disc pl-6" data-no-response-steps={step.kind ?? ''}>
          {step.lines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        {step.curl && (
          <>
            <p className="mt-2 text-sm">{c.noResponse.curl}</p>
            <pre
              className="mt-1 whitespace-pre-wrap break-all rounded bg-slate-100 p-2 text-xs dark:bg-slate-900"
              data-curl=""
            >
              {step.curl}
            </pre>
          </>
        )}
      </div>
    );
  }
  if (signals.has('not-a-response')) {
    const words = paste.trim();
    const searchable = words.length > 0 && words.length <= SEARCHABLE && !words.includes('\n');
    return (
      <div data-not-a-response="">
        <h3 className="text-lg font-semibold">{c.notResponseTitle}</h3>
        <p className="mt-1">{c.notResponseBody}</p>
        {searchable && (
          <p className="mt-2">
            <SiteLink href={routes.search(lang, words)} className={link} data-search-offer="">
              {c.searchFor(words)} →
            </SiteLink>
          </p>
        )}
      </div>
    );
  }
  const candidates = result.candidates.map((slug) => entries.entries[slug]).filter((e) => e !== undefined);
  if (candidates.length === 0) return <p>{c.nothingToJudge}</p>;
  return (
    <div>
      <h3 className="text-lg font-semibold">{c.candidatesTitle}</h3>
      <ul className="mt-2 space-y-2" data-candidates>
        {candidates.map((e) => (
          <li key={e.slug} data-candidate={e.slug} className="text-sm">
            <SiteLink href={routes.entry(lang, e.slug)} className={`font-medium ${link}`}>
              {e.title[lang]}
            </SiteLink>{' '}
            <span className="font-mono text-xs text-slate-600 dark:text-slate-400">
              {[e.code, e.code_name].filter((x) => x !== null).join(' · ')}
            </span>
            {e.message && <code className="mt-0.5 block break-all text-xs">message: {e.message}</code>}
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm">{c.orBackend}</p>
      <p className="mt-3">{c.toTellApart}</p>
      <ul className="mt-1 list-disc pl-6 text-sm">
        {c.pasteMore.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </div>
  );
}
