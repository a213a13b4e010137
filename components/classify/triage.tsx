'use client';
import { useState } from 'react';
import type { Triage } from '@/lib/classify';
import type { ClassifyEntries } from '@/lib/classify-page/entries-json';
import { classifyText } from '@/lib/i18n/classify';
import type { Lang } from '@/lib/i18n/lang';
import { flowLogUrl } from '@/lib/links/address';
import * as routes from '@/lib/routes';
import { triageTicket, verdictText } from '@/lib/share/ticket';
import { BASE_PATH } from '@/lib/site';
import { Breakable } from '../breakable';
import { useSiteConfig } from '../use-site-config';
import { FlowLogLink } from './fix-links';

/** The entry or guide case a group names: its title in `lang` and its address (absolute, for a ticket). */
export function explainEntry(
  lang: Lang,
  entries: ClassifyEntries | null,
  entry: string | null,
  reason?: string | null,
) {
  if (!entry || !entries) return { title: null, path: null };
  if (entries.entries[entry])
    return { title: entries.entries[entry]!.title[lang], path: routes.entry(lang, entry, reason) };
  if (entries.guide[entry]) return { title: entries.guide[entry]!.title[lang], path: routes.guide(lang, entry) };
  return { title: null, path: null };
}

/**
 * A HAR's failures grouped by what explains them, most frequent first: each row links its entry and opens
 * its first response's full verdict below. Each row carries `data-group-entry` (the entry or guide anchor)
 * and `data-count`, for tests and tools.
 */
export function ClassifyTriage({
  lang,
  triage,
  progress,
  entries,
  chosen,
  onOpen,
}: {
  lang: Lang;
  triage: Triage | null;
  progress: { done: number; total: number } | null;
  entries: ClassifyEntries | null;
  chosen: number | null;
  onOpen: (index: number) => void;
}) {
  const c = classifyText(lang).classify;
  const d = c.triage;
  const [copied, setCopied] = useState('');
  const config = useSiteConfig();
  if (!triage)
    return progress ? (
      <p role="status" className="mt-4 text-sm" data-triage-progress>
        {d.progress(progress.done, progress.total)}
      </p>
    ) : null;
  if (triage.failures < 2) return null;
  const abs = (path: string) => new URL(BASE_PATH + path, window.location.origin).href;
  async function copy() {
    const text = triageTicket(
      lang,
      triage!,
      (entry) => {
        const group = triage!.groups.find((g) => g.entry === entry);
        const { title, path } = explainEntry(lang, entries, entry, group?.reason);
        return { title, link: path ? abs(path) : null };
      },
      (id) => flowLogUrl(config, id),
    );
    try {
      await navigator.clipboard.writeText(text);
      setCopied(d.copied);
    } catch {
      setCopied(c.copyFailed);
    }
  }
  return (
    <section className="mt-4 rounded-lg border border-slate-300 p-3 dark:border-slate-700" data-triage>
      <h2 className="text-lg font-semibold">{d.title}</h2>
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{d.summary(triage.failures, triage.entries)}</p>
      {/* One card per group, not a table: on a phone a table squeezed the verdict into a column a word wide. */}
      <ul className="mt-2 space-y-2 text-sm">
        {triage.groups.map((g) => {
          const { title, path } = explainEntry(lang, entries, g.entry, g.reason);
          const [verdict, entry, status, code, count, first, last, requestId] = d.columns;
          const facts: [string, string | number | null][] = [
            [status!, g.status ?? c.harNoStatus],
            [code!, g.code],
            [count!, g.count],
            [first!, g.first],
            [last!, g.last],
          ];
          return (
            <li
              key={g.key}
              data-group-entry={g.entry ?? g.key}
              data-count={g.count}
              className={`rounded border border-slate-200 p-2 dark:border-slate-700 ${chosen === g.example ? 'bg-blue-50 dark:bg-blue-950' : ''}`}
            >
              <p className="font-medium">
                <span className="sr-only">{entry}: </span>
                {path ? (
                  <a href={BASE_PATH + path} className="underline">
                    {title ?? g.entry}
                  </a>
                ) : (
                  (g.entry ?? c.none)
                )}
              </p>
              <p className="mt-0.5">
                <span className="sr-only">{verdict}: </span>
                {verdictText(lang, g)}
              </p>
              <dl className="mt-1 flex flex-wrap gap-x-4 gap-y-0.5 text-slate-700 dark:text-slate-300">
                {facts
                  .filter(([, v]) => v !== null && v !== '')
                  .map(([label, value]) => (
                    <div key={label} className="flex gap-1">
                      <dt>{label}</dt>
                      <dd className="font-mono">{value}</dd>
                    </div>
                  ))}
                {g.requestId && (
                  <div className="flex min-w-0 flex-wrap gap-x-1">
                    <dt>{requestId}</dt>
                    <dd className="min-w-0 font-mono break-words">
                      <Breakable text={g.requestId} />
                      <FlowLogLink lang={lang} requestId={g.requestId} />
                    </dd>
                  </div>
                )}
              </dl>
              <button
                type="button"
                onClick={() => onOpen(g.example)}
                aria-pressed={chosen === g.example}
                className="mt-2 rounded border border-slate-300 px-2 py-0.5 hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
              >
                {d.open}
              </button>
            </li>
          );
        })}
      </ul>
      <p className="mt-2 flex flex-wrap items-center gap-3 text-sm">
        <button
          type="button"
          data-copy="triage"
          onClick={copy}
          className="rounded bg-blue-700 px-3 py-1 font-medium text-white hover:bg-blue-800"
        >
          {d.copy}
        </button>
        <span aria-live="polite">{copied}</span>
      </p>
    </section>
  );
}
