import type { Entry } from '@/lib/catalog/load';
import type { Lang } from '@/lib/i18n/lang';
import * as routes from '@/lib/routes';
import { BASE_PATH } from '@/lib/site';
import { Breakable } from './breakable';
import { CopyLinkButton } from './copy-link-button';
import { EntryBadges } from './entry-badges';

/**
 * One entry in a list (the catalog, status and code pages). It is the target of `#slug` (and of each
 * alias), so a link from a ticket lands on it highlighted.
 */
export function EntryCard({ entry, lang }: { entry: Entry; lang: Lang }) {
  const { title, summary } = entry.docs[lang].frontmatter;
  const href = routes.entry(lang, entry.slug);
  return (
    <article
      id={entry.slug}
      className="entry min-w-0 rounded-lg border border-slate-200 p-4 break-words dark:border-slate-800"
    >
      {entry.meta.aliases.map((alias) => (
        <span key={alias} id={alias} />
      ))}
      <div className="flex flex-wrap items-start justify-between gap-2">
        <h3 className="min-w-0 text-base font-semibold">
          <a href={BASE_PATH + href} className="hover:underline">
            {title}
          </a>
        </h3>
        <CopyLinkButton lang={lang} hash={entry.slug} />
      </div>
      <div className="mt-1">
        <EntryBadges entry={entry} lang={lang} />
      </div>
      {entry.meta.message && (
        <p className="mt-2 font-mono text-sm text-slate-700 dark:text-slate-300">
          <Breakable text={entry.meta.message} />
        </p>
      )}
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">{summary}</p>
    </article>
  );
}
