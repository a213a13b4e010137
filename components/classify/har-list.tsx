'use client';
import type { HarEntryInfo } from '@/lib/classify';
import { orderHarEntries, shortUrl } from '@/lib/classify-page/har-list';
import { classifyText } from '@/lib/i18n/classify';
import type { Lang } from '@/lib/i18n/lang';
import { Breakable } from '../breakable';

/** Enough rows to find the failure; a HAR of thousands of requests still lists its failures first. */
const MAX_ROWS = 300;

/**
 * The requests of a HAR, failed ones first, as radio buttons: arrow keys move between them and the
 * verdict follows the one chosen. Method, URL and status are the HAR's text, rendered as text.
 */
export function ClassifyHarList({
  lang,
  entries,
  chosen,
  onChoose,
}: {
  lang: Lang;
  entries: HarEntryInfo[];
  chosen: number | null;
  onChoose: (index: number) => void;
}) {
  const d = classifyText(lang).classify;
  const ordered = orderHarEntries(entries);
  const shown = ordered.slice(0, MAX_ROWS);
  return (
    <fieldset className="mt-4 rounded-lg border border-slate-300 p-3 dark:border-slate-700">
      <legend className="px-1 font-semibold">{d.harTitle}</legend>
      <p className="text-sm text-slate-600 dark:text-slate-400">{d.harHelp(entries.length)}</p>
      <ul className="mt-2 max-h-72 overflow-y-auto text-sm" data-har-list>
        {shown.map((e) => {
          const failed = e.status === null || e.status >= 400;
          return (
            <li key={e.index}>
              <label
                className={`flex cursor-pointer items-baseline gap-2 rounded px-2 py-1 hover:bg-slate-100 dark:hover:bg-slate-800 ${chosen === e.index ? 'bg-blue-50 dark:bg-blue-950' : ''}`}
              >
                <input
                  type="radio"
                  name="har-entry"
                  value={e.index}
                  checked={chosen === e.index}
                  onChange={() => onChoose(e.index)}
                  className="shrink-0"
                />
                <span
                  className={`w-12 shrink-0 text-right font-mono font-semibold ${failed ? 'text-red-700 dark:text-red-400' : 'text-slate-700 dark:text-slate-300'}`}
                >
                  {e.status ?? d.harNoStatus}
                </span>
                <span className="w-14 shrink-0 font-mono">{e.method || '?'}</span>
                <span className="min-w-0 font-mono break-words" title={e.url}>
                  <Breakable text={shortUrl(e.url)} />
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {ordered.length > shown.length && (
        <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{d.harMore(ordered.length - shown.length)}</p>
      )}
    </fieldset>
  );
}
