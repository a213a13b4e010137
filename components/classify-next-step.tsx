'use client';
import Link from 'next/link';
import type { Lang } from '@/lib/catalog/schema';
import type { Result } from '@/lib/classify';
import { t } from '@/lib/i18n';
import type { ClassifyEntries } from '@/lib/share/entries-json';
import { localPath } from '@/lib/site';
import { ClassifyMarkdown } from './classify-markdown';

const guide = (lang: Lang, anchor: string) => localPath(lang, `/guide/gateway-or-backend/#${anchor}`);
const link = 'text-blue-700 underline dark:text-blue-300';

/**
 * For a backend response: the guide's next step (4xx: the API's documentation; 5xx: the gateway's owner,
 * with the request id) and the guide case the engine named, with a link to its anchor.
 */
export function ClassifyBackendStep({
  lang,
  result,
  entries,
}: {
  lang: Lang;
  result: Result;
  entries: ClassifyEntries;
}) {
  const c = t(lang).classify;
  const status = result.status ?? 0;
  const step = status >= 500 ? c.next5xx : status >= 400 ? c.next4xx : c.nextOther;
  const anchor = result.entry && entries.guide[result.entry] ? result.entry : null;
  return (
    <div data-next-step={status >= 500 ? '5xx' : status >= 400 ? '4xx' : 'other'}>
      <p>{step}</p>
      {status >= 500 && result.request_id && (
        <p className="mt-1 text-sm">
          X-Bkapi-Request-ID:{' '}
          <code className="break-all rounded bg-slate-100 px-1 dark:bg-slate-800">{result.request_id}</code>
        </p>
      )}
      {anchor && (
        <>
          <h3 className="mt-4 text-lg font-semibold">
            {c.guideCase}:{' '}
            <Link prefetch={false} href={guide(lang, anchor)} className={link}>
              {entries.guide[anchor]!.title[lang]}
            </Link>
          </h3>
          <div className="mt-1">
            <ClassifyMarkdown lang={lang} text={entries.guide[anchor]!.body[lang]} level={4} />
          </div>
        </>
      )}
      <p className="mt-3">
        <Link prefetch={false} href={guide(lang, 'steps')} className={link}>
          {c.guideSteps} →
        </Link>
      </p>
    </div>
  );
}

/** For `unknown`: the entries it could be, and what to paste to tell them apart. */
export function ClassifyCandidates({
  lang,
  result,
  entries,
}: {
  lang: Lang;
  result: Result;
  entries: ClassifyEntries;
}) {
  const c = t(lang).classify;
  const candidates = result.candidates.map((slug) => entries.entries[slug]).filter((e) => e !== undefined);
  if (candidates.length === 0) return <p>{c.nothingToJudge}</p>;
  return (
    <div>
      <h3 className="text-lg font-semibold">{c.candidatesTitle}</h3>
      <ul className="mt-2 space-y-2" data-candidates>
        {candidates.map((e) => (
          <li key={e.slug} data-candidate={e.slug} className="text-sm">
            <Link prefetch={false} href={localPath(lang, `/errors/${e.slug}/`)} className={`font-medium ${link}`}>
              {e.title[lang]}
            </Link>{' '}
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
