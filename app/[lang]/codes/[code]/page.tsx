import type { Metadata } from 'next';
import { EntryCard } from '@/components/entry-card';
import { codes, loadCatalog } from '@/lib/catalog/load';
import { perLang } from '@/lib/catalog/params';
import { t } from '@/lib/i18n';
import type { Lang } from '@/lib/i18n/lang';

type Params = { params: Promise<{ lang: Lang; code: string }> };

export const dynamicParams = false;
export function generateStaticParams() {
  return perLang('code', codes(loadCatalog()));
}

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const { lang, code } = await params;
  return { title: t(lang).entriesWithCode(Number(code)) };
}

/** Every entry with one code: 1640001 has many reasons, 1640302 two code_names. */
export default async function CodePage({ params }: Params) {
  const { lang, code } = await params;
  const entries = loadCatalog().entries.filter((e) => e.meta.code === Number(code));
  const d = t(lang);
  return (
    <>
      <h1 className="text-2xl font-bold">{d.entriesWithCode(Number(code))}</h1>
      <p className="mt-1 text-sm text-slate-500 dark:text-slate-400">{d.count(entries.length)}</p>
      <div className="mt-6 grid gap-3">
        {entries.map((e) => (
          <EntryCard key={e.slug} entry={e} lang={lang} />
        ))}
      </div>
    </>
  );
}
