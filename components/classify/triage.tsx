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
      <div className="relative mt-2 overflow-x-auto" role="region" aria-label={d.title} tabIndex={0}>
        <table className="w-full text-left text-sm">
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-700">
              {d.columns.slice(0, 8).map((h) => (
                <th key={h} scope="col" className="px-2 py-1 font-semibold whitespace-nowrap">
                  {h}
                </th>
              ))}
              <th scope="col" className="px-2 py-1">
                <span className="sr-only">{d.open}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {triage.groups.map((g) => {
              const { title, path } = explainEntry(lang, entries, g.entry, g.reason);
              return (
                <tr
                  key={g.key}
                  data-group-entry={g.entry ?? g.key}
                  data-count={g.count}
                  className={`border-b border-slate-200 align-top dark:border-slate-800 ${chosen === g.example ? 'bg-blue-50 dark:bg-blue-950' : ''}`}
                >
                  <td className="px-2 py-1">{verdictText(lang, g)}</td>
                  <td className="px-2 py-1">
                    {path ? (
                      <a href={BASE_PATH + path} className="underline">
                        {title ?? g.entry}
                      </a>
                    ) : (
                      (g.entry ?? c.none)
                    )}
                  </td>
                  <td className="px-2 py-1 font-mono">{g.status ?? c.harNoStatus}</td>
                  <td className="px-2 py-1 font-mono">{g.code ?? ''}</td>
                  <td className="px-2 py-1 text-right font-mono font-semibold">{g.count}</td>
                  <td className="px-2 py-1 font-mono whitespace-nowrap">{g.first ?? ''}</td>
                  <td className="px-2 py-1 font-mono whitespace-nowrap">{g.last ?? ''}</td>
                  <td className="px-2 py-1 font-mono break-all">
                    {g.requestId ?? ''}
                    <FlowLogLink lang={lang} requestId={g.requestId} />
                  </td>
                  <td className="px-2 py-1">
                    <button
                      type="button"
                      onClick={() => onOpen(g.example)}
                      aria-pressed={chosen === g.example}
                      className="rounded border border-slate-300 px-2 py-0.5 whitespace-nowrap hover:bg-slate-100 dark:border-slate-600 dark:hover:bg-slate-800"
                    >
                      {d.open}
                    </button>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
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
