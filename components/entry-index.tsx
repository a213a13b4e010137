import { isEsbGroup, statusGroups, type Catalog } from '@/lib/catalog/load';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import * as routes from '@/lib/routes';
import { withBase } from '@/lib/routes';

/**
 * The catalog at a glance, for the home page: one line per entry (code and title), grouped by status. The
 * cards with message and summary are on /{lang}/errors/; a line here is a plain link, so the page stays
 * small and has little for React to hydrate.
 */
export function EntryIndex({ catalog, lang }: { catalog: Catalog; lang: Lang }) {
  const d = t(lang);
  return (
    <div className="entry-index columns-1 gap-8 sm:columns-2">
      {statusGroups(catalog).map(([status, entries]) => (
        <section key={status} className="mb-5 break-inside-avoid">
          <h3 className="font-semibold">
            <a href={withBase(routes.status(lang, status))} className="hover:underline">
              <span className="font-mono">{status}</span>
              {isEsbGroup(entries) && <span className="ml-2">{d.system.esb}</span>}
              <span className="ml-2 text-sm font-normal text-slate-600 dark:text-slate-400">
                {d.count(entries.length)}
              </span>
            </a>
          </h3>
          <ul className="mt-1 text-sm">
            {entries.map((e) => (
              <li key={e.slug}>
                <a href={withBase(routes.entry(lang, e.slug))} className="flex gap-2 py-0.5 hover:underline">
                  <span className="w-16 shrink-0 font-mono text-slate-600 dark:text-slate-400">
                    {e.meta.code ?? '—'}
                  </span>
                  <span>{e.docs[lang].frontmatter.title}</span>
                </a>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
