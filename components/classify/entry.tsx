'use client';
import { SiteLink } from '@/components/ui';
import type { Result } from '@/lib/classify';
import type { ClassifyEntry } from '@/lib/classify-page/entries-json';
import { classifyText } from '@/lib/i18n/classify';
import type { Lang } from '@/lib/i18n/lang';
import * as routes from '@/lib/routes';
import { ClassifyMarkdown } from './markdown';

/**
 * The reason section the verdict points at: the engine names it in the `catalog-reason` evidence (its
 * detail says `Section #id`, its found text is the reason text of the rules).
 */
export function matchedReason(result: Result, entry: ClassifyEntry): string | null {
  const ev = result.evidence.find((e) => e.signal === 'catalog-reason');
  if (!ev) return null;
  const id = /#([a-z0-9-]+)/.exec(ev.detail)?.[1];
  if (id && entry.reasons[id]) return id;
  return Object.entries(entry.reasons).find(([, r]) => r.text === ev.found)?.[0] ?? null;
}

/** The entry that explains the response: its title and summary, the reason that applies, the fix, the cause, a link to it. */
export function ClassifyEntryPanel({ lang, result, entry }: { lang: Lang; result: Result; entry: ClassifyEntry }) {
  const d = classifyText(lang);
  const c = d.classify;
  const reason = matchedReason(result, entry);
  const reasonCount = Object.keys(entry.reasons).length;
  const href = routes.entry(lang, entry.slug, reason);
  return (
    <div data-entry-panel={entry.slug}>
      <h3 className="text-lg font-semibold">
        <SiteLink href={routes.entry(lang, entry.slug)} className="text-blue-700 underline dark:text-blue-300">
          {entry.title[lang]}
        </SiteLink>
      </h3>
      <p className="mt-1 text-slate-700 dark:text-slate-300">{entry.summary[lang]}</p>
      <p className="mt-1 font-mono text-xs text-slate-600 dark:text-slate-400">
        {[entry.status, entry.code, entry.code_name].filter((x) => x !== null).join(' · ')}
      </p>
      {reason && (
        <section className="mt-4 rounded border border-amber-300 bg-amber-50 p-3 dark:border-amber-700 dark:bg-amber-950">
          <h4 className="font-semibold">
            {c.yourReason}: {entry.reasons[reason]!.title[lang]}
          </h4>
          <div className="mt-1">
            <ClassifyMarkdown lang={lang} text={entry.reasons[reason]!.body[lang]} level={5} />
          </div>
        </section>
      )}
      <h4 className="mt-4 font-semibold">{c.fix}</h4>
      <div className="mt-1" data-entry-fix="">
        <ClassifyMarkdown lang={lang} text={entry.fix[lang]} level={5} />
      </div>
      <h4 className="mt-4 font-semibold">{c.cause}</h4>
      <div className="mt-1">
        <ClassifyMarkdown lang={lang} text={entry.cause[lang]} level={5} />
      </div>
      {!reason && reasonCount > 1 && <p className="mt-2 text-sm">{c.otherReasons(reasonCount)}</p>}
      <p className="mt-4">
        <SiteLink href={href} className="font-medium text-blue-700 underline dark:text-blue-300">
          {c.readEntry} →
        </SiteLink>
      </p>
    </div>
  );
}
