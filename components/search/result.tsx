import { Breakable } from '@/components/breakable';
import { commonText } from '@/lib/i18n/common';
import type { Lang } from '@/lib/i18n/lang';
import * as routes from '@/lib/routes';
import { segments } from '@/lib/search/highlight';
import type { SearchResult } from '@/lib/search/rank';

/** Where a result leads: a site page at its section, or the entry, at the section that matched. */
export function resultPath(lang: Lang, r: SearchResult): string {
  return r.path ?? routes.entry(lang, r.slug, r.anchor);
}

const pill = 'inline-flex items-center rounded px-1.5 py-0.5 font-mono text-xs';
const marked = 'ring-2 ring-amber-400';
/** Texts as the gateway sends them, shown in a monospace font like on the entry page. */
const CODE_FIELDS = new Set<SearchResult['field']>([
  'message',
  'match',
  'reason',
  'status',
  'code',
  'code_name',
  'slug',
]);

/** Text with the matched stretches in <mark>; rendered as text, so nothing from the query becomes markup. */
export function Highlighted({ text, ranges }: { text: string; ranges: SearchResult['ranges'] }) {
  return (
    <>
      {segments(text, ranges).map((s, k) =>
        s.mark ? (
          <mark key={k} className="rounded-sm bg-amber-200 text-slate-900 dark:bg-amber-300 dark:text-slate-950">
            {s.text}
          </mark>
        ) : (
          s.text
        ),
      )}
    </>
  );
}

/** One result's body: title, badges (the one that matched ringed), and the matched text highlighted. */
export function ResultBody({ lang, r }: { lang: Lang; r: SearchResult }) {
  const d = commonText(lang);
  // A site page: its title and the words that matched, no badges (it is not an error).
  if (r.path)
    return (
      <>
        <span className="flex flex-wrap items-center gap-1.5">
          <span className="font-medium">{r.title}</span>
        </span>
        {r.text && (
          <span className="mt-1 block text-xs break-words text-slate-600 dark:text-slate-400">
            <Highlighted text={r.text} ranges={r.ranges} />
          </span>
        )}
      </>
    );
  const badgeMatched = r.field === 'status' || r.field === 'code' || r.field === 'code_name';
  return (
    <>
      <span className="flex flex-wrap items-center gap-1.5">
        <span className="font-medium">
          {r.field === 'title' ? <Highlighted text={r.title} ranges={r.ranges} /> : r.title}
        </span>
        {r.anchor && <span className="font-mono text-xs text-slate-500">#{r.anchor}</span>}
      </span>
      <span className="mt-1 flex flex-wrap items-center gap-1.5">
        <span
          className={`${pill} bg-red-100 text-red-900 dark:bg-red-950 dark:text-red-200 ${r.field === 'status' ? marked : ''}`}
          title={d.status}
        >
          {r.status}
        </span>
        {r.code !== null && (
          <span
            className={`${pill} bg-slate-100 text-slate-900 dark:bg-slate-800 dark:text-slate-100 ${r.field === 'code' ? marked : ''}`}
            title={d.code}
          >
            {r.code}
          </span>
        )}
        {r.code_name && (
          <span
            className={`${pill} bg-blue-50 text-blue-900 dark:bg-blue-950 dark:text-blue-200 ${r.field === 'code_name' ? marked : ''}`}
          >
            <Breakable text={r.code_name} />
          </span>
        )}
        {r.system !== 'gateway' && (
          <span className={`${pill} bg-violet-100 text-violet-900 dark:bg-violet-950 dark:text-violet-200`}>
            {d.system[r.system]}
          </span>
        )}
      </span>
      {r.field !== 'title' && r.text && r.text !== r.code_name && (
        <span
          className={`mt-1 block break-words text-xs text-slate-600 dark:text-slate-400 ${CODE_FIELDS.has(r.field) ? 'font-mono' : ''}`}
        >
          <Highlighted text={r.text} ranges={badgeMatched ? [] : r.ranges} />
        </span>
      )}
    </>
  );
}
