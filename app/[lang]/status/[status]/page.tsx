import type { Metadata } from 'next';
import { EntryCard } from '@/components/entry-card';
import { MdxContent } from '@/components/mdx-content';
import { entriesOfStatus, loadCatalog, statuses } from '@/lib/catalog/load';
import { compileMdx } from '@/lib/catalog/mdx.server';
import { perLang } from '@/lib/catalog/params';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';

type Params = { params: Promise<{ lang: Lang; status: string }> };

export const dynamicParams = false;
export function generateStaticParams() {
  return perLang('status', statuses(loadCatalog()));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { lang, status } = await params;
  return { title: t(lang).entriesWithStatus(Number(status)) };
}

/** Every entry with one HTTP status, after the catalog's notes on that status. */
export default async function StatusPage({ params }: Params) {
  const { lang, status } = await params;
  const catalog = loadCatalog();
  const { sent: entries, codeOnly } = entriesOfStatus(catalog, Number(status));
  const note = catalog.statusNotes.get(Number(status))?.[lang];
  const d = t(lang);
  return (
    <>
      <h1 className="text-2xl font-bold">{note?.frontmatter.title ?? d.entriesWithStatus(Number(status))}</h1>
      {note && <p className="mt-2 text-slate-700 dark:text-slate-300">{note.frontmatter.summary}</p>}
      {note && (
        <div className="mt-4">
          <MdxContent code={await compileMdx(note.file, note.body)} lang={lang} />
        </div>
      )}
      {entries.length === 0 ? (
        <p className="mt-6">{d.noEntriesForStatus}</p>
      ) : (
        <div className="mt-6 grid gap-3">
          {entries.map((e) => (
            <EntryCard key={e.slug} entry={e} lang={lang} />
          ))}
        </div>
      )}
      {codeOnly.length > 0 && (
        <section className="mt-8">
          <h2 className="text-lg font-semibold">{d.codeReadsStatus(Number(status))}</h2>
          <div className="mt-3 grid gap-3">
            {codeOnly.map((e) => (
              <EntryCard key={e.slug} entry={e} lang={lang} />
            ))}
          </div>
        </section>
      )}
    </>
  );
}
