import { SiteLink } from '@/components/ui';
import { isEsbGroup, statusGroups, type Catalog } from '@/lib/catalog/load';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';
import * as routes from '@/lib/routes';
import { EntryCard } from './entry-card';
import { Heading } from './heading';

/** The catalog grouped by HTTP status: each group `#status-N`, each entry `#slug`. */
export function StatusGroups({ catalog, lang }: { catalog: Catalog; lang: Lang }) {
  const d = t(lang);
  const groups = statusGroups(catalog);
  return (
    <div className="space-y-10">
      {groups.map(([status, entries]) => (
        <section key={status} id={`status-${status}`} className="scroll-mt-20">
          <Heading level={2} hash={`status-${status}`} lang={lang}>
            <span className="font-mono">{status}</span>
            {isEsbGroup(entries) && <span className="ml-2">{d.system.esb}</span>}
            <span className="ml-2 text-sm font-normal text-slate-500 dark:text-slate-400">
              {d.count(entries.length)}
            </span>
          </Heading>
          <p className="mb-3 text-sm">
            <SiteLink
              href={routes.status(lang, status)}
              className="inline-block py-0.5 text-blue-700 hover:underline dark:text-blue-300"
            >
              {d.entriesWithStatus(status)} →
            </SiteLink>
          </p>
          <div className="grid gap-3">
            {entries.map((e) => (
              <EntryCard key={e.slug} entry={e} lang={lang} />
            ))}
          </div>
        </section>
      ))}
    </div>
  );
}
